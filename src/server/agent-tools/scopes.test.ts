import { describe, expect, it } from "vitest";
import type { Identity } from "@/server/auth/identity";
import { ALL_SCOPES, grantedScopes, hasScope } from "./scopes";

const identity = (method: Identity["method"]) => ({ method, sessionId: null }) as unknown as Identity;

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
