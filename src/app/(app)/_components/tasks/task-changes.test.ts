import { describe, expect, it } from "vitest";
import { applyBulkChange, applyChanges, commonProjectId, inverseChanges } from "./task-changes";
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

  it("sets, keeps and clears the deadline; clearing the date keeps it, as the server does", () => {
    const before = aTask("a", { dueDate: "2026-12-07", deadline: "2026-12-24" });
    expect(applyChanges(before, { dueDate: null }).deadline).toBe("2026-12-24");
    expect(applyChanges(before, { deadline: "2026-12-31" }).deadline).toBe("2026-12-31");
    expect(applyChanges(before, { deadline: null }).deadline).toBeNull();
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

  it("assigns, and unassigns, leaving a task already so alone", () => {
    const alices = aTask("a", { projectId: "p", assigneeId: "alice", assigneeName: "Alice" });
    const assign = (assigneeId: string | null) => ({ action: "assign", assigneeId }) as const;
    expect(applyBulkChange(alices, assign("alice"), none)).toBe(alices);
    // The server names the new assignee; until it answers, no name rather than the old one.
    expect(applyBulkChange(alices, assign("bob"), none)).toEqual({ ...alices, assigneeId: "bob", assigneeName: null });
    expect(applyBulkChange(alices, assign(null), none)).toMatchObject({ assigneeId: null, assigneeName: null });
  });
});

describe("inverseChanges", () => {
  const none = new Set<string>();

  it("reschedules each task back to its own date and time, keeping repeats it did not touch", () => {
    const weekly = { rrule: "FREQ=WEEKLY", from: "due" } as const;
    const before = [
      aTask("a", { dueDate: "2026-12-01", dueTime: "09:00" }),
      aTask("b", { dueDate: "2026-12-02", recurrence: weekly }),
      aTask("c", { dueDate: "2026-12-01", dueTime: "09:00" }),
      aTask("d"),
    ];
    const change = { action: "schedule", dueDate: "2026-12-06" } as const;
    const steps = inverseChanges(before, change, ["a", "b", "c", "d"]);
    expect(steps).toEqual([
      { ids: ["a", "c"], change: { action: "schedule", dueDate: "2026-12-01", dueTime: "09:00" } },
      { ids: ["b"], change: { action: "schedule", dueDate: "2026-12-02", dueTime: null } },
      { ids: ["d"], change: { action: "schedule", dueDate: null } },
    ]);
    const after = before.map((task) => applyBulkChange(task, change, none) ?? task);
    expect(after.map((task) => task.dueDate)).toEqual(["2026-12-06", "2026-12-06", "2026-12-06", "2026-12-06"]);
    expect(after[1]?.recurrence).toEqual(weekly);
    const undone = steps.reduce(
      (tasks, step) =>
        tasks.map((task) => (step.ids.includes(task.id) ? (applyBulkChange(task, step.change, none) ?? task) : task)),
      after,
    );
    expect(undone).toEqual(before);
  });

  it("gives the repeat back when the change cleared the date", () => {
    const daily = { rrule: "FREQ=DAILY", from: "completion" } as const;
    const before = [aTask("a", { dueDate: "2026-12-01", dueTime: "07:30", recurrence: daily })];
    expect(inverseChanges(before, { action: "schedule", dueDate: null }, ["a"])).toEqual([
      { ids: ["a"], change: { action: "schedule", dueDate: "2026-12-01", dueTime: "07:30", recurrence: daily } },
    ]);
  });

  it("gives each assigned task its own previous assignee back, unassigned ones too", () => {
    const before = [
      aTask("a", { projectId: "p", assigneeId: "alice" }),
      aTask("b", { projectId: "p", assigneeId: null }),
      aTask("c", { projectId: "p", assigneeId: "alice" }),
      aTask("d", { projectId: "p", assigneeId: "bob" }),
      aTask("e", { projectId: "p", assigneeId: "bob" }),
    ];
    // "e" was Bob's already: the server did not change it, and undo leaves it alone.
    const steps = inverseChanges(before, { action: "assign", assigneeId: "bob" }, ["a", "b", "c", "d"]);
    expect(steps).toEqual([
      { ids: ["a", "c"], change: { action: "assign", assigneeId: "alice" } },
      { ids: ["b"], change: { action: "assign", assigneeId: null } },
      { ids: ["d"], change: { action: "assign", assigneeId: "bob" } },
    ]);
    // Applied in turn to the tasks as the change left them, the steps give back the tasks as they were.
    const after = before.map((task) => applyBulkChange(task, { action: "assign", assigneeId: "bob" }, none) ?? task);
    const undone = steps.reduce(
      (tasks, step) =>
        tasks.map((task) => (step.ids.includes(task.id) ? (applyBulkChange(task, step.change, none) ?? task) : task)),
      after,
    );
    expect(undone.map((task) => task.assigneeId)).toEqual(before.map((task) => task.assigneeId));
  });

  it("assigns moved tasks again (where still allowed), after moving them back", () => {
    const before = [
      aTask("a", { projectId: "p", assigneeId: "alice" }),
      aTask("b", { projectId: "p" }),
      aTask("c", { projectId: "q", assigneeId: "alice" }),
      aTask("s", { projectId: "p", parentId: "a", assigneeId: "bob" }),
    ];
    expect(inverseChanges(before, { action: "move", projectId: null }, ["a", "b", "c", "s"])).toEqual([
      { ids: ["a", "b"], change: { action: "move", projectId: "p" } },
      { ids: ["c"], change: { action: "move", projectId: "q" } },
      { ids: ["s"], change: { action: "move", projectId: "p", parentId: "a" } },
      // One step per project: someone who has left one project still gets the others' tasks back.
      { ids: ["a"], change: { action: "assign", assigneeId: "alice" }, ifAllowed: true },
      { ids: ["c"], change: { action: "assign", assigneeId: "alice" }, ifAllowed: true },
      { ids: ["s"], change: { action: "assign", assigneeId: "bob" }, ifAllowed: true },
    ]);
  });

  it("undoes only the tasks the server changed", () => {
    const before = [aTask("a", { priority: 2 }), aTask("b", { priority: 1 })];
    expect(inverseChanges(before, { action: "priority", priority: 1 }, ["a"])).toEqual([
      { ids: ["a"], change: { action: "priority", priority: 2 } },
    ]);
  });
});

describe("commonProjectId", () => {
  it("is the one project every task is in, else null", () => {
    expect(commonProjectId([aTask("a", { projectId: "p" }), aTask("b", { projectId: "p" })])).toBe("p");
    expect(commonProjectId([aTask("a", { projectId: "p" }), aTask("b", { projectId: "q" })])).toBeNull();
    expect(commonProjectId([aTask("a", { projectId: "p" }), aTask("b")])).toBeNull();
    expect(commonProjectId([aTask("a"), aTask("b")])).toBeNull();
    expect(commonProjectId([])).toBeNull();
  });
});
