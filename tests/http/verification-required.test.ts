import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase, linkIn } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// EMAIL_VERIFICATION_REQUIRED=true: an account cannot be used until its email is verified.

const app = setupAppServer({ env: { EMAIL_VERIFICATION_REQUIRED: "true" } });
const database = appDatabase(app);
const password = "correct horse battery";

const signedIn = async (browser: HttpSession) => (await browser.query("account.me")).status === 200;

describe("with email verification required", () => {
  it("signs up without a session, refuses sign-in until the link is opened, then signs in", async () => {
    const email = uniqueEmail("required");
    const browser = new HttpSession(app.url);
    expect((await browser.signUp({ name: "Vera", email, password })).status).toBe(200);
    expect(await signedIn(browser)).toBe(false);
    expect(await database.outbox(email)).toHaveLength(1);

    const refused = await browser.signIn({ email, password });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe("EMAIL_NOT_VERIFIED");
    expect(await signedIn(browser)).toBe(false);
    // Signing in unverified sends a fresh link.
    const messages = await database.outbox(email);
    expect(messages).toHaveLength(2);

    const opened = await browser.request(`${linkIn(messages[1]?.text).pathname}${linkIn(messages[1]?.text).search}`);
    expect(opened.status).toBe(302);
    // Verifying signs in (autoSignInAfterVerification).
    expect(await signedIn(browser)).toBe(true);

    const later = new HttpSession(app.url);
    expect((await later.signIn({ email, password })).status).toBe(200);
    expect(await signedIn(later)).toBe(true);
  });

  it("tells the new user on the sign-up page that a link is coming", async () => {
    const html = await (await new HttpSession(app.url).request("/sign-up")).text();
    expect(html).toContain("open it to verify your address, then you can sign in.");
  });
});
