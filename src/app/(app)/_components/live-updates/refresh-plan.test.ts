import { describe, expect, it } from "vitest";
import { emptyPlan, isEmptyPlan, planFor, projectOfPath } from "./refresh-plan";

const TASK = "00000000-0000-4000-8000-000000000001";
const PROJECT = "00000000-0000-4000-8000-000000000002";

describe("planFor", () => {
  it("refetches nothing for the stream's own ready event", () => {
    const plan = emptyPlan();
    planFor(plan, { entity: "ready" });
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it("refetches lists, the task itself and the counts for a task's change", () => {
    const plan = emptyPlan();
    planFor(plan, { entity: "task", id: TASK, projectId: PROJECT, op: "update" });
    expect(plan).toMatchObject({ taskLists: true, projects: true, labels: true, everything: false });
    expect([...plan.taskIds]).toEqual([TASK]);
    expect(plan.projectPages.size).toBe(0);
  });

  it("renders a project's page again when its project or membership changes", () => {
    const plan = emptyPlan();
    planFor(plan, { entity: "member", id: TASK, projectId: PROJECT, op: "delete" });
    expect(plan).toMatchObject({ projects: true, taskLists: true });
    expect([...plan.projectPages]).toEqual([PROJECT]);
  });

  it("reads a project's sections again when one of them changes, and nothing else", () => {
    const plan = emptyPlan();
    planFor(plan, { entity: "section", id: TASK, projectId: PROJECT, op: "insert" });
    expect(plan).toMatchObject({ taskLists: false, projects: false, everything: false });
    expect([...plan.sectionsOf]).toEqual([PROJECT]);
    expect(isEmptyPlan(plan)).toBe(false);
  });

  it("refetches only the inbox (and invitations) for a notification", () => {
    const plan = emptyPlan();
    planFor(plan, { entity: "notification", id: TASK, projectId: null, op: "insert" });
    expect(plan).toMatchObject({ notifications: true, taskLists: false, projects: false, labels: false });
    expect(isEmptyPlan(plan)).toBe(false);
  });

  it("refetches everything on a resync", () => {
    const plan = emptyPlan();
    planFor(plan, { entity: "resync" });
    expect(plan.everything).toBe(true);
  });
});

describe("projectOfPath", () => {
  it("reads a project page's id and nothing else", () => {
    expect(projectOfPath(`/projects/${PROJECT}`)).toBe(PROJECT);
    expect(projectOfPath("/today")).toBeNull();
    expect(projectOfPath(`/projects/${PROJECT}/x`)).toBeNull();
  });
});
