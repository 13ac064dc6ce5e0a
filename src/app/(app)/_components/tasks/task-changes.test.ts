import { describe, expect, it } from "vitest";
import { applyBulkChange, applyChanges } from "./task-changes";
import { aTask } from "./task-fixture";

describe("applyChanges", () => {
  it("changes only the fields given", () => {
    const before = aTask("a", { priority: 2, labelIds: ["l1"], dueDate: "2026-12-07" });
    expect(applyChanges(before, { title: "Renamed" })).toEqual({ ...before, title: "Renamed" });
  });

  it("clears the time and the repeat rule with the date, as the server does", () => {
    const before = aTask("a", {
      dueDate: "2026-12-07",
      dueTime: "09:00",
      recurrence: { rrule: "FREQ=DAILY", from: "due" },
    });
    const after = applyChanges(before, { dueDate: null });
    expect(after).toMatchObject({ dueDate: null, dueTime: null, recurrence: null });
  });

  it("sets a field to null only when asked (undefined keeps it)", () => {
    const before = aTask("a", { projectId: "p", parentId: "q" });
    expect(applyChanges(before, { projectId: undefined, parentId: null })).toMatchObject({
      projectId: "p",
      parentId: null,
    });
  });
});

describe("applyBulkChange", () => {
  const none = new Set<string>();

  it("completes and reopens, with the completion time", () => {
    const done = applyBulkChange(aTask("a"), { action: "complete", completed: true }, none);
    expect(done?.completed).toBe(true);
    expect(done?.completedAt).toBeInstanceOf(Date);
    const open = applyBulkChange(aTask("a", { completed: true }), { action: "complete", completed: false }, none);
    expect(open).toMatchObject({ completed: false, completedAt: null });
  });

  it("shows a repeating task ticked without predicting its next date", () => {
    const repeating = aTask("a", { dueDate: "2026-12-07", recurrence: { rrule: "FREQ=WEEKLY", from: "due" } });
    const after = applyBulkChange(repeating, { action: "complete", completed: true }, none);
    expect(after).toEqual({ ...repeating, completed: true });
  });

  it("moves a selected subtask out of its parent unless the parent moves too", () => {
    const sub = aTask("s", { parentId: "p", projectId: "old" });
    const move = { action: "move", projectId: "new" } as const;
    expect(applyBulkChange(sub, move, new Set(["s"]))).toMatchObject({ projectId: "new", parentId: null });
    expect(applyBulkChange(sub, move, new Set(["s", "p"]))).toMatchObject({ projectId: "new", parentId: "p" });
  });

  it("leaves a task already in the target project alone, and nests when undoing a move out of a parent", () => {
    const sub = aTask("s", { parentId: "p", projectId: "here" });
    expect(applyBulkChange(sub, { action: "move", projectId: "here" }, new Set(["s"]))).toBe(sub);
    const loose = aTask("s", { projectId: "elsewhere" });
    expect(applyBulkChange(loose, { action: "move", projectId: "here", parentId: "p" }, none)).toMatchObject({
      projectId: "here",
      parentId: "p",
    });
  });

  it("adds a label once and removes it", () => {
    const labelled = aTask("a", { labelIds: ["l1"] });
    expect(applyBulkChange(labelled, { action: "addLabel", labelId: "l1" }, none)).toBe(labelled);
    expect(applyBulkChange(labelled, { action: "addLabel", labelId: "l2" }, none)?.labelIds).toEqual(["l1", "l2"]);
    expect(applyBulkChange(labelled, { action: "removeLabel", labelId: "l1" }, none)?.labelIds).toEqual([]);
  });

  it("sets the priority, and takes trashed or restored tasks out of the list", () => {
    expect(applyBulkChange(aTask("a"), { action: "priority", priority: 1 }, none)?.priority).toBe(1);
    expect(applyBulkChange(aTask("a"), { action: "delete" }, none)).toBeNull();
    expect(applyBulkChange(aTask("a"), { action: "restore" }, none)).toBeNull();
  });
});
