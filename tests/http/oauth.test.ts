import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import {
  type FakeOidcProvider,
  type FakeOidcUser,
  oidcAppEnv,
  startFakeOidcProvider,
} from "~tests/setup/fake-oidc-provider";
import { appDatabase } from "./app-database";
import { HttpSession, uniqueEmail } from "./client";
import { nextCode, turnOnTwoFactor } from "./two-factor-user";

const password = "correct horse battery";

// Better Auth allows 3 /sign-in/* calls per 10 s from one address; each simulated browser gets its own,
// written as the one proxy the app trusts (TRUSTED_PROXY_HOPS=1) would write it.
let browsers = 0;
function ownAddress(): Record<string, string> {
  browsers += 1;
  return { "x-forwarded-for": `10.77.${Math.floor(browsers / 250)}.${(browsers % 250) + 1}` };
}

async function signInPage(url: string): Promise<string> {
  const response = await fetch(`${url}/sign-in`);
  expect(response.status).toBe(200);
  return response.text();
}

describe("OAuth sign-in with no provider configured", () => {
  const app = setupAppServer();

  it("shows no 'Continue with' button, and still the magic-link link", async () => {
    const html = await signInPage(app.url);
    expect(html).toContain("Sign in to Tasklane");
    expect(html).not.toContain("Continue with");
    expect(html).toContain('href="/magic-link"');
  });
});

describe("OAuth sign-in with GitHub, Google and an OpenID Connect provider", () => {
  let provider: FakeOidcProvider;
  beforeAll(async () => {
    provider = await startFakeOidcProvider();
  });
  afterAll(() => provider?.close());

  const app = setupAppServer({
    env: () => ({
      GITHUB_CLIENT_ID: "github-client-id",
      GITHUB_CLIENT_SECRET: "github-client-secret",
      GOOGLE_CLIENT_ID: "google-client-id",
      GOOGLE_CLIENT_SECRET: "google-client-secret",
      ...oidcAppEnv(provider),
      TRUSTED_PROXY_HOPS: "1",
    }),
  });
  const { query } = appDatabase(app);

  function providerUser(tag: string, overrides: Partial<FakeOidcUser> = {}): FakeOidcUser {
    return {
      sub: `sub-${tag}-${Date.now()}`,
      email: uniqueEmail(tag),
      email_verified: true,
      name: "Ada Lovelace",
      ...overrides,
    };
  }

  /**
   * Starts an OIDC sign-in as the browser does, lets the fake provider answer at once,
   * and follows it back to the app's callback. Returns where the callback sends the browser.
   */
  async function signInWithProvider(browser: HttpSession): Promise<URL> {
    const start = await browser.post(
      "/api/auth/sign-in/social",
      { provider: "oidc", callbackURL: "/", errorCallbackURL: "/sign-in" },
      ownAddress(),
    );
    expect(start.status).toBe(200);
    const { url, redirect } = (await start.json()) as { url: string; redirect: boolean };
    expect(redirect).toBe(true);
    expect(url.startsWith(`${provider.issuer}/authorize?`)).toBe(true);

    const authorize = await fetch(url, { redirect: "manual" });
    expect(authorize.status).toBe(302);
    const callback = new URL(authorize.headers.get("location") ?? "");
    expect(callback.origin).toBe(app.url);

    const back = await browser.request(`${callback.pathname}${callback.search}`);
    expect(back.status).toBe(302);
    return new URL(back.headers.get("location") ?? "", app.url);
  }

  async function me(browser: HttpSession) {
    const response = await browser.query("account.me");
    if (response.status !== 200) return { status: response.status, user: null };
    const body = (await response.json()) as {
      result: { data: { json: { id: string; email: string; name: string; emailVerified: boolean } } };
    };
    return { status: 200, user: body.result.data.json };
  }

  async function accountProviders(email: string): Promise<string[]> {
    const rows = await query<{ provider_id: string }>(
      'select a.provider_id from account a join "user" u on u.id = a.user_id where u.email = $1 order by a.provider_id',
      [email],
    );
    return rows.map((row) => row.provider_id);
  }

  async function signUpWithPassword(email: string, verified: boolean): Promise<string> {
    const response = await new HttpSession(app.url).signUp({ name: "Existing", email, password });
    expect(response.status).toBe(200);
    const [row] = await query<{ id: string }>('update "user" set email_verified = $2 where email = $1 returning id', [
      email,
      verified,
    ]);
    if (!row) throw new Error(`no user ${email}`);
    return row.id;
  }

  it("shows one button per configured provider on sign-in and sign-up", async () => {
    const html = await signInPage(app.url);
    for (const name of ["GitHub", "Google", "Acme SSO"]) expect(html).toContain(`Continue with ${name}`);
    expect(html).toContain('href="/magic-link"');

    const signUp = await (await fetch(`${app.url}/sign-up`)).text();
    for (const name of ["GitHub", "Google", "Acme SSO"]) expect(signUp).toContain(`Continue with ${name}`);
  });

  it("sends GitHub sign-in to github.com with a callback on the app's own URL", async () => {
    const response = await new HttpSession(app.url).post(
      "/api/auth/sign-in/social",
      { provider: "github", callbackURL: "/" },
      ownAddress(),
    );
    expect(response.status).toBe(200);
    const { url, redirect } = (await response.json()) as { url: string; redirect: boolean };
    expect(redirect).toBe(true);
    const authorize = new URL(url);
    expect(authorize.origin).toBe("https://github.com");
    expect(authorize.pathname).toBe("/login/oauth/authorize");
    expect(authorize.searchParams.get("client_id")).toBe("github-client-id");
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${app.url}/api/auth/callback/github`);
  });

  it("signs a new user in through the OIDC provider (PKCE, verified ID token) and creates the account", async () => {
    const user = providerUser("oidc-new", { name: "Grace Hopper" });
    provider.signInAs(user);
    const browser = new HttpSession(app.url);

    const landing = await signInWithProvider(browser);
    expect(landing.pathname).toBe("/");
    expect(landing.searchParams.get("error")).toBeNull();

    const authorize = provider.authorizeRequests.at(-1);
    expect(authorize?.get("redirect_uri")).toBe(`${app.url}/api/auth/callback/oidc`);
    expect(authorize?.get("code_challenge_method")).toBe("S256");
    expect(authorize?.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
    expect(provider.tokenErrors).toEqual([]);

    const { status, user: signedIn } = await me(browser);
    expect(status).toBe(200);
    expect(signedIn).toMatchObject({ email: user.email, name: "Grace Hopper", emailVerified: true });
    expect(await accountProviders(user.email)).toEqual(["oidc"]);
    const [account] = await query<{ account_id: string }>(
      "select account_id from account where provider_id = 'oidc' and user_id = $1",
      [signedIn?.id],
    );
    expect(account?.account_id).toBe(user.sub);

    // Signing in again finds the same user through the linked account.
    const again = new HttpSession(app.url);
    expect((await signInWithProvider(again)).pathname).toBe("/");
    expect((await me(again)).user?.id).toBe(signedIn?.id);
  });

  it("links the provider to an existing account when both sides verified the email", async () => {
    const email = uniqueEmail("link-ok");
    const userId = await signUpWithPassword(email, true);
    provider.signInAs(providerUser("link-ok", { email }));
    const browser = new HttpSession(app.url);

    expect((await signInWithProvider(browser)).pathname).toBe("/");
    expect((await me(browser)).user?.id).toBe(userId);
    expect(await accountProviders(email)).toEqual(["credential", "oidc"]);
  });

  it("does not link to an account whose email we never verified", async () => {
    const email = uniqueEmail("link-unverified-here");
    await signUpWithPassword(email, false);
    provider.signInAs(providerUser("link-unverified-here", { email }));
    const browser = new HttpSession(app.url);

    const landing = await signInWithProvider(browser);
    expect(landing.pathname).toBe("/sign-in");
    expect(landing.searchParams.get("error")).toBe("account_not_linked");
    expect((await me(browser)).status).toBe(401);
    expect(await accountProviders(email)).toEqual(["credential"]);
  });

  it("does not link when the provider has not verified the email", async () => {
    const email = uniqueEmail("link-unverified-there");
    await signUpWithPassword(email, true);
    provider.signInAs(providerUser("link-unverified-there", { email, email_verified: false }));
    const browser = new HttpSession(app.url);

    const landing = await signInWithProvider(browser);
    expect(landing.pathname).toBe("/sign-in");
    expect(landing.searchParams.get("error")).toBe("account_not_linked");
    expect((await me(browser)).status).toBe(401);
    expect(await accountProviders(email)).toEqual(["credential"]);
  });

  it("asks a two-factor user for a code after the provider, before any session exists", async () => {
    const email = uniqueEmail("oidc-2fa");
    await signUpWithPassword(email, true);
    const owner = new HttpSession(app.url);
    expect((await owner.post("/api/auth/sign-in/email", { email, password }, ownAddress())).status).toBe(200);
    const secret = await turnOnTwoFactor(owner, password);
    provider.signInAs(providerUser("oidc-2fa", { email }));

    const browser = new HttpSession(app.url);
    const landed = await signInWithProvider(browser);
    expect(landed.pathname).toBe("/two-factor");
    expect((await me(browser)).status).toBe(401);

    expect((await browser.post("/api/auth/two-factor/verify-totp", { code: nextCode(secret) })).status).toBe(200);
    expect((await me(browser)).user?.email).toBe(email);
  });

  it("explains a refused link on the sign-in page", async () => {
    const response = await fetch(`${app.url}/sign-in?error=account_not_linked`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("An account with this email already exists");
  });
});
