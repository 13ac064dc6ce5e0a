import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { startFakeSmtpServer } from "~tests/setup/fake-smtp-server";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// The app with SMTP configured, against a local SMTP server: real mail, sent after the response.

let smtp: Awaited<ReturnType<typeof startFakeSmtpServer>>;
beforeAll(async () => {
  smtp = await startFakeSmtpServer();
});
afterAll(() => smtp.stop());

const app = setupAppServer({ env: () => ({ SMTP_URL: smtp.url, EMAIL_FROM: "Tasklane <no-reply@tasklane.test>" }) });
const database = appDatabase(app);
const password = "correct horse battery";

const mailTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

describe("email over SMTP", () => {
  it("sends the sign-up verification as a text and HTML message from EMAIL_FROM, and keeps no outbox copy", async () => {
    const email = uniqueEmail("smtp");
    const before = smtp.received.length;
    expect((await new HttpSession(app.url).signUp({ name: "Sam", email, password })).status).toBe(200);
    await smtp.waitFor(before + 1);

    const [mail] = mailTo(email);
    expect(mail?.from).toBe("no-reply@tasklane.test");
    expect(mail?.data).toMatch(/^Subject: Verify your email for Tasklane/m);
    expect(mail?.data).toContain("text/plain");
    expect(mail?.data).toContain("text/html");
    expect(await database.outbox(email)).toEqual([]);
  });

  it("answers a password reset before the mail goes out, for a known and an unknown address alike", async () => {
    const email = uniqueEmail("smtp-reset");
    await new HttpSession(app.url).signUp({ name: "Sam", email, password });
    await smtp.waitFor(smtp.received.length + 1).catch(() => {});
    const sentBefore = smtp.received.length;

    smtp.hold();
    try {
      const known = await new HttpSession(app.url).post("/api/auth/request-password-reset", { email });
      const unknown = await new HttpSession(app.url).post("/api/auth/request-password-reset", {
        email: uniqueEmail("smtp-nobody"),
      });
      expect([known.status, unknown.status]).toEqual([200, 200]);
      expect(await known.json()).toEqual(await unknown.json());
      // The server is holding the message: the answer did not wait for it.
      expect(smtp.received.length).toBe(sentBefore);
    } finally {
      smtp.release();
    }
    await smtp.waitFor(sentBefore + 1);
    expect(mailTo(email).some((mail) => /^Subject: Reset your Tasklane password/m.test(mail.data))).toBe(true);
  });
});
