import { describe, expect, it } from "vitest";
import { describeScopes, splitScopes } from "./oauth-scopes";

describe("OAuth scopes in plain words", () => {
  it("describes each requested scope", () => {
    expect(describeScopes(splitScopes("tasks:read  tasks:write"))).toEqual([
      "See your tasks, projects and labels",
      "Add, change, complete and delete your tasks",
    ]);
    expect(describeScopes(["other"])).toEqual(["other"]);
    expect(splitScopes(undefined)).toEqual([]);
  });
});
