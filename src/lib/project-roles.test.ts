import { describe, expect, it } from "vitest";
import { type ProjectAction, projectRoles, roleAllows } from "./project-roles";

describe("roleAllows", () => {
  const expected: Record<(typeof projectRoles)[number], Record<ProjectAction, boolean>> = {
    owner: { read: true, editTasks: true, manage: true },
    editor: { read: true, editTasks: true, manage: false },
    viewer: { read: true, editTasks: false, manage: false },
  };

  it.each(projectRoles)("decides every action for %s", (role) => {
    for (const [action, allowed] of Object.entries(expected[role])) {
      expect(roleAllows(role, action as ProjectAction), `${role} ${action}`).toBe(allowed);
    }
  });
});
