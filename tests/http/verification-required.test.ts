import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase, linkIn } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";

// A production build with EMAIL_VERIFICATION_REQUIRED unset requires it: an account cannot be used until
// its email is verified, and sign-up does not tell whether an address already has an account.

const app = setupAppServer({ env: { EMAIL_VERIFICATION_REQUIRED: undefined } });
const database = appDatabase(app);
const password = "correct horse battery";

const signedIn = async (browser: HttpSession) => (await browser.query("account.me")).status === 200;

describe("with email verification required (the production default)", () => {
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

/** A JSON value's shape: its keys, nested, with the type of each leaf. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value !== "object" || value === null) return value === null ? "null" : typeof value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, shapeOf(inner)]),
  );
}

describe("sign-up with an address that already has an account", () => {
  it("answers exactly as for a new address, changes nothing, and tells the owner", async () => {
    const taken = uniqueEmail("taken");
    expect((await new HttpSession(app.url).signUp({ name: "Owner", email: taken, password })).status).toBe(200);
    const [before] = await database.query('select * from "user" where email = $1', [taken]);

    const fresh = uniqueEmail("fresh");
    const forNew = new HttpSession(app.url);
    const newAnswer = await forNew.signUp({ name: "Someone", email: fresh, password: "another passphrase" });
    const forTaken = new HttpSession(app.url);
    const takenAnswer = await forTaken.signUp({ name: "Someone", email: taken, password: "another passphrase" });

    expect(takenAnswer.status).toBe(newAnswer.status);
    const newBody = (await newAnswer.json()) as { token: unknown; user: { email: string; name: string } };
    const takenBody = (await takenAnswer.json()) as { token: unknown; user: { email: string; name: string } };
    expect(shapeOf(takenBody)).toEqual(shapeOf(newBody));
    expect(takenBody).toMatchObject({ token: null, user: { email: taken, name: "Someone" } });
    expect(forTaken.hasCookies()).toBe(forNew.hasCookies());
    expect(forTaken.hasCookies()).toBe(false);

    // The account is untouched; its owner hears of the attempt, with a way in.
    expect(await database.query('select * from "user" where email = $1', [taken])).toEqual([before]);
    const notice = (await database.outbox(taken)).find(
      (sent) => sent.subject === "Someone tried to sign up to Tasklane with your address",
    );
    expect(linkIn(notice?.text).pathname).toBe("/sign-in");
    expect(notice?.text).toContain("/forgot-password");
  });
});
