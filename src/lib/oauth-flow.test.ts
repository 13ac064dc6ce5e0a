import { describe, expect, it } from "vitest";
import {
  isAuthClientRedirect,
  pathKeepingOAuthQuery,
  resumeAuthorizationPath,
  searchOf,
  signedOAuthQuery,
} from "./oauth-flow";

const SIGNED =
  "client_id=abc&redirect_uri=http%3A%2F%2F127.0.0.1%3A33418%2Fcallback&scope=tasks%3Aread+offline_access" +
  "&state=xyz&exp=1&ba_iat=2&ba_param=client_id&ba_param=exp&sig=SIG";

describe("signing in within an OAuth authorization", () => {
  it("keeps the signed request on the next page, with next; drops nothing else of it", () => {
    const path = pathKeepingOAuthQuery("/two-factor", `?${SIGNED}`, "/settings");
    const kept = new URL(path, "http://x");
    expect(kept.pathname).toBe("/two-factor");
    expect(kept.searchParams.get("sig")).toBe("SIG");
    expect(kept.searchParams.getAll("ba_param")).toEqual(["client_id", "exp"]);
    expect(kept.searchParams.get("next")).toBe("/settings");
  });

  it("outside an authorization, only next (and nothing for /)", () => {
    expect(pathKeepingOAuthQuery("/two-factor", "?session=expired", "/")).toBe("/two-factor");
    expect(pathKeepingOAuthQuery("/two-factor", "", "/today")).toBe("/two-factor?next=%2Ftoday");
    expect(signedOAuthQuery("?next=/x")).toBeNull();
  });

  it("reopens the authorization without the signature and without prompt=login", () => {
    const signed = signedOAuthQuery(`${SIGNED}&prompt=login+consent&next=%2F`);
    if (!signed) throw new Error("no signed query");
    const path = new URL(resumeAuthorizationPath(signed), "http://x");
    expect(path.pathname).toBe("/api/auth/oauth2/authorize");
    expect([...path.searchParams.keys()].sort()).toEqual(["client_id", "prompt", "redirect_uri", "scope", "state"]);
    expect(path.searchParams.get("prompt")).toBe("consent");
    expect(path.searchParams.get("scope")).toBe("tasks:read offline_access");
  });

  it("reads Next's searchParams record, repeated keys kept", () => {
    expect(searchOf({ a: "1", b: ["2", "3"], c: undefined }).toString()).toBe("a=1&b=2&b=3");
  });

  it("recognises the auth client's redirect answer", () => {
    expect(isAuthClientRedirect({ redirect: true, url: "/oauth/consent" })).toBe(true);
    expect(isAuthClientRedirect({ twoFactorRedirect: true })).toBe(false);
    expect(isAuthClientRedirect(null)).toBe(false);
  });
});
