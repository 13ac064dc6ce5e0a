import { describe, expect, it } from "vitest";
import type { Identity } from "@/server/auth/identity";
import { ALL_SCOPES, grantedScopes, hasScope, toolScopes } from "./scopes";

const identity = (method: Identity["method"]) => ({ method });

describe("agent tool scopes", () => {
  it("personal access tokens and our JWTs stand for the whole account (read and write)", () => {
    expect(grantedScopes(identity("access-token"))).toEqual(ALL_SCOPES);
    expect(grantedScopes(identity("jwt"))).toEqual(["tasks:read", "tasks:write"]);
  });

  it("a tool runs only with its scope granted", () => {
    expect(hasScope(["tasks:read"], "tasks:read")).toBe(true);
    expect(hasScope(["tasks:read"], "tasks:write")).toBe(false);
    expect(hasScope([], "tasks:read")).toBe(false);
    expect(hasScope(ALL_SCOPES, "tasks:write")).toBe(true);
  });
});

describe("OAuth scopes", () => {
  const oauth = (scopes: string[]) => ({ method: "oauth" as const, oauth: { clientId: "c", scopes } });

  it("an OAuth token gets only the tool scopes it was granted", () => {
    expect(grantedScopes(oauth(["tasks:read"]))).toEqual(["tasks:read"]);
    expect(grantedScopes(oauth(["tasks:write", "offline_access", "tasks:read"]))).toEqual(ALL_SCOPES);
    expect(grantedScopes(oauth(["offline_access", "openid", "tasks:admin"]))).toEqual([]);
    expect(toolScopes([])).toEqual([]);
  });
});
