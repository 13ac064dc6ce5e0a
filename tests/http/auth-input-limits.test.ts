import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// What Better Auth's routes accept: the name's limits (the same as the forms'), the size of a request
// body, and what a name can carry into an email.

const app = setupAppServer({ env: { EMAIL_VERIFICATION_REQUIRED: "false" } });
const database = appDatabase(app);
const password = "correct horse battery";

let addresses = 0;
/** Sign-up allows 10 an hour from one address: each call here comes from its own. */
function ownAddress(): Record<string, string> {
  addresses += 1;
  return { "x-forwarded-for": `198.51.100.${addresses}` };
}

const signUp = (name: string, email = uniqueEmail("limits")) =>
  new HttpSession(app.url).post("/api/auth/sign-up/email", { name, email, password }, ownAddress());

async function storedName(email: string): Promise<string | undefined> {
  const rows = await database.query<{ name: string }>('select name from "user" where email = $1', [email]);
  return rows[0]?.name;
}

/** A POST whose body is sent in chunks with no Content-Length, as a streaming client sends it. */
function postChunked(path: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${app.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.url, "transfer-encoding": "chunked" },
    });
    outgoing.on("response", (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (part: string) => {
        body += part;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    let answered = false;
    outgoing.on("response", () => {
      answered = true;
    });
    // The server may answer and close before the whole body is sent: that is not a failure.
    outgoing.on("error", (error) => {
      if (!answered) reject(error);
    });
    for (const chunk of chunks) outgoing.write(chunk);
    outgoing.end();
  });
}

describe("the name's limits on every auth route that takes one", () => {
  it("sign-up refuses a name over 100 characters with a 400 that says so, and creates nothing", async () => {
    const email = uniqueEmail("long-name");
    const response = await signUp("x".repeat(5_000), email);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "INVALID_NAME", message: "Use at most 100 characters." });
    expect(await storedName(email)).toBeUndefined();
  });

  it("sign-up refuses a blank name, and stores a name trimmed", async () => {
    const blank = await signUp("   ");
    expect(blank.status).toBe(400);
    expect(await blank.json()).toMatchObject({ code: "INVALID_NAME", message: "Enter your name." });

    const email = uniqueEmail("trimmed");
    expect((await signUp("  Ada Lovelace  ", email)).status).toBe(200);
    expect(await storedName(email)).toBe("Ada Lovelace");
  });

  it("update-user refuses a name over the limit and keeps the old one", async () => {
    const email = uniqueEmail("update-name");
    const browser = new HttpSession(app.url);
    expect((await browser.post("/api/auth/sign-up/email", { name: "Ada", email, password }, ownAddress())).status).toBe(
      200,
    );

    const refused = await browser.post("/api/auth/update-user", { name: "y".repeat(101) });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: "INVALID_NAME" });
    expect(await storedName(email)).toBe("Ada");

    expect((await browser.post("/api/auth/update-user", { name: "Ada L." })).status).toBe(200);
    expect(await storedName(email)).toBe("Ada L.");
  });

  it("a magic-link request refuses a name over the limit", async () => {
    const response = await new HttpSession(app.url).post(
      "/api/auth/sign-in/magic-link",
      { email: uniqueEmail("magic-name"), name: "z".repeat(1_000) },
      ownAddress(),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "INVALID_NAME" });
  });
});

describe("request bodies on /api/auth are capped at 64 kB", () => {
  it("refuses a 2 MB name with a 413 JSON error before reading it", async () => {
    const email = uniqueEmail("two-mb");
    const response = await signUp("n".repeat(2 * 1024 * 1024), email);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: "PAYLOAD_TOO_LARGE", message: "Request body is larger than 64 kB." });
    expect(await storedName(email)).toBeUndefined();
  });

  it("counts the bytes of a chunked body, which declares no length", async () => {
    const small = uniqueEmail("chunked-small");
    const ordinary = JSON.stringify({ name: "Chunk", email: small, password });
    const taken = await postChunked("/api/auth/sign-up/email", [ordinary.slice(0, 20), ordinary.slice(20)]);
    expect(taken.status).toBe(200);
    expect(await storedName(small)).toBe("Chunk");

    const email = uniqueEmail("chunked");
    const body = JSON.stringify({ name: "c".repeat(100 * 1024), email, password });
    const response = await postChunked("/api/auth/sign-up/email", body.match(/[\s\S]{1,8192}/g) ?? []);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await storedName(email)).toBeUndefined();
  });
});

describe("a name never reaches a mail about the account", () => {
  it("the verification and reset mails leave out a name written as a phishing link", async () => {
    const email = uniqueEmail("phishing-name");
    expect((await signUp("Urgent: confirm at www.evil.example/verify", email)).status).toBe(200);
    const reset = await new HttpSession(app.url).post("/api/auth/request-password-reset", { email }, ownAddress());
    expect(reset.status).toBe(200);

    const mails = await database.outbox(email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      "Verify your email for Tasklane",
      "Reset your Tasklane password",
    ]);
    for (const mail of mails) {
      expect(mail.text).toMatch(/^Hi there,/);
      expect(mail.text).not.toContain("evil.example");
    }
    const html = await database.query<{ html: string }>('select html from email_outbox where "to" = $1', [email]);
    for (const row of html) expect(row.html).not.toContain("evil.example");
  });
});
