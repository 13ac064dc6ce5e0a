import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// Production without SMTP, as deployed: EMAIL_OUTBOX unset (the other HTTP suites keep full messages to
// follow their links). The links carry sign-in, reset and verification tokens; the outbox keeps none.
const CRON_SECRET = "http-test-cron-secret-outbox-0123";
const app = setupAppServer({ env: { EMAIL_OUTBOX: "", CRON_SECRET } });
const { query } = appDatabase(app);

interface KeptMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

const kept = (to: string) =>
  query<KeptMail>('select "to", subject, text, html from email_outbox where "to" = $1 order by created_at', [to]);

describe("the email outbox in production without SMTP", () => {
  it("records that each mail was sent, to whom and about what, without its link", async () => {
    const email = uniqueEmail("outbox-redacted");
    expect(
      (await new HttpSession(app.url).signUp({ name: "Ada", email, password: "correct horse battery" })).status,
    ).toBe(200);
    expect((await new HttpSession(app.url).post("/api/auth/request-password-reset", { email })).status).toBe(200);
    expect((await new HttpSession(app.url).post("/api/auth/sign-in/magic-link", { email })).status).toBe(200);

    const mail = await kept(email);
    expect(mail.map((message) => message.subject).sort()).toEqual(
      ["Reset your Tasklane password", "Verify your email for Tasklane", "Your Tasklane sign-in link"].sort(),
    );
    for (const message of mail) {
      expect(message.to).toBe(email);
      expect(`${message.text}${message.html}`).not.toMatch(/https?:|token/i);
      expect(message.text).toContain("[link removed]");
    }
  });

  it("is pruned by the daily cleanup: mail older than a week goes, newer stays", async () => {
    const to = uniqueEmail("outbox-prune");
    await query(
      `insert into email_outbox ("to", subject, text, html, created_at) values
         ($1, 'old', '', '', now() - interval '8 days'), ($1, 'recent', '', '', now() - interval '6 days')`,
      [to],
    );

    const response = await fetch(`${app.url}/api/cron/cleanup`, {
      headers: { authorization: `Bearer ${CRON_SECRET}` },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ outbox: 1 });
    expect((await kept(to)).map((message) => message.subject)).toEqual(["recent"]);
  });
});
