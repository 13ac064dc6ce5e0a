import { describe, expect, it } from "vitest";
import { describeScopes, readOnlyScopes, splitScopes } from "./oauth-scopes";

describe("OAuth scopes in plain words", () => {
  it("describes each requested scope", () => {
    expect(describeScopes(splitScopes("tasks:read  tasks:write"))).toEqual([
      "See your tasks, projects and labels",
      "Add, change, complete and delete your tasks",
    ]);
    expect(describeScopes(["other"])).toEqual(["other"]);
    expect(splitScopes(undefined)).toEqual([]);
  });

  it("offers read-only only when both reading and changing tasks are asked for", () => {
    expect(readOnlyScopes(["tasks:read", "tasks:write", "offline_access"])).toEqual(["tasks:read", "offline_access"]);
    expect(readOnlyScopes(["tasks:write", "tasks:read"])).toEqual(["tasks:read"]);
    expect(readOnlyScopes(["tasks:read"])).toBeNull();
    expect(readOnlyScopes(["tasks:write", "offline_access"])).toBeNull();
  });
});
