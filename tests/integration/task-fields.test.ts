import { beforeEach, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure, messagesOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
});

const sorted = (ids: string[]) => [...ids].sort();

describe("task fields: project, labels, priority, due date and time, repeat rule", () => {
  it("creates a task with every organizing field", async () => {
    const work = await api.project.create({ name: "Work" });
    const [a, b] = [await api.label.create({ name: "a" }), await api.label.create({ name: "b" })];

    const created = await api.task.create({
      title: "Standup",
      projectId: work.id,
      labelIds: [a.id, b.id, a.id],
      priority: 2,
      dueDate: "2026-03-02",
      dueTime: "09:00",
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO", from: "due" },
    });

    expect(created).toMatchObject({
      projectId: work.id,
      parentId: null,
      labelIds: sorted([a.id, b.id]),
      priority: 2,
      dueDate: "2026-03-02",
      dueTime: "09:00",
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO", from: "due" },
      subtasks: { total: 0, done: 0 },
    });
    expect(await api.task.byId({ id: created.id })).toEqual(created);
  });

  it("updates project, priority and date; labelIds replaces the whole set", async () => {
    const work = await api.project.create({ name: "Work" });
    const [a, b, c] = [
      await api.label.create({ name: "a" }),
      await api.label.create({ name: "b" }),
      await api.label.create({ name: "c" }),
    ];
    const created = await api.task.create({ title: "Plan", labelIds: [a.id, b.id] });

    const updated = await api.task.update({
      id: created.id,
      updatedAt: created.updatedAt,
      projectId: work.id,
      labelIds: [b.id, c.id],
      priority: 1,
      dueDate: "2026-04-01",
      dueTime: "17:30",
    });
    expect(updated).toMatchObject({
      projectId: work.id,
      labelIds: sorted([b.id, c.id]),
      priority: 1,
      dueDate: "2026-04-01",
      dueTime: "17:30",
    });

    const cleared = await api.task.update({
      id: created.id,
      updatedAt: updated.updatedAt,
      labelIds: [],
      projectId: null,
    });
    expect(cleared).toMatchObject({ projectId: null, labelIds: [] });
  });

  it("clearing the due date clears the time and the repeat rule", async () => {
    const created = await api.task.create({
      title: "Gym",
      dueDate: "2026-03-02",
      dueTime: "07:00",
      recurrence: { rrule: "FREQ=DAILY", from: "completion" },
    });

    const updated = await api.task.update({ id: created.id, updatedAt: created.updatedAt, dueDate: null });

    expect(updated).toMatchObject({ dueDate: null, dueTime: null, recurrence: null });
  });

  it("adds and removes a repeat rule on a dated task", async () => {
    const created = await api.task.create({ title: "Rent", dueDate: "2026-03-01" });
    const repeating = await api.task.update({
      id: created.id,
      updatedAt: created.updatedAt,
      recurrence: { rrule: "FREQ=MONTHLY;BYMONTHDAY=1", from: "due" },
    });
    expect(repeating.recurrence).toEqual({ rrule: "FREQ=MONTHLY;BYMONTHDAY=1", from: "due" });
    const plain = await api.task.update({ id: created.id, updatedAt: repeating.updatedAt, recurrence: null });
    expect(plain).toMatchObject({ recurrence: null, dueDate: "2026-03-01" });
  });

  it("refuses a repeat rule without a due date (create and update) with BAD_REQUEST", async () => {
    const create = await failure(
      api.task.create({ title: "Someday", recurrence: { rrule: "FREQ=DAILY", from: "due" } }),
    );
    expect(create.code).toBe("BAD_REQUEST");
    expect(messagesOf(create)).toContain("A repeating task needs a due date.");

    const undated = await api.task.create({ title: "Undated" });
    const update = await failure(
      api.task.update({
        id: undated.id,
        updatedAt: undated.updatedAt,
        recurrence: { rrule: "FREQ=DAILY", from: "due" },
      }),
    );
    expect(update.code).toBe("BAD_REQUEST");
    expect(update.message).toBe("A repeating task needs a due date.");
    expect((await api.task.byId({ id: undated.id })).recurrence).toBeNull();
  });

  it.each([
    ["FREQ=HOURLY", "Repeat rules can only be daily, weekly, monthly or yearly."],
    ["FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "Use COUNT or UNTIL, not both."],
    ["nonsense", ""],
  ])("refuses the rule %j with BAD_REQUEST and a readable message", async (rrule, message) => {
    const error = await failure(
      api.task.create({ title: "x", dueDate: "2026-03-02", recurrence: { rrule, from: "due" } }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(messagesOf(error)).toContain(message);
    expect(messagesOf(error)).toContain("recurrence");
    expect((await api.task.list({})).items).toEqual([]);
  });
});

describe("task.activity", () => {
  it("records every kind of change, newest first; reordering records nothing", async () => {
    const work = await api.project.create({ name: "Work" });
    const urgent = await api.label.create({ name: "urgent" });
    const created = await api.task.create({ title: "Draft", priority: 4 });
    const other = await api.task.create({ title: "Other" });

    let current = await api.task.update({
      id: created.id,
      updatedAt: created.updatedAt,
      title: "Final",
      priority: 2,
      dueDate: "2026-05-01",
    });
    current = await api.task.update({ id: created.id, updatedAt: current.updatedAt, projectId: work.id });
    current = await api.task.update({ id: created.id, updatedAt: current.updatedAt, labelIds: [urgent.id] });
    current = await api.task.update({ id: created.id, updatedAt: current.updatedAt, labelIds: [] });
    await api.task.reorder({ id: created.id, afterId: other.id });
    await api.task.setCompleted({ id: created.id, completed: true });
    await api.task.setCompleted({ id: created.id, completed: false });
    await api.task.delete({ id: created.id });
    await api.task.restore({ id: created.id });

    const events = await api.task.activity({ id: created.id });

    expect(events.map(({ kind, changes }) => ({ kind, changes }))).toEqual([
      { kind: "restored", changes: {} },
      { kind: "deleted", changes: {} },
      { kind: "uncompleted", changes: {} },
      { kind: "completed", changes: {} },
      { kind: "updated", changes: { labels: { from: "urgent", to: null } } },
      { kind: "updated", changes: { labels: { from: null, to: "urgent" } } },
      { kind: "moved", changes: { projectId: { from: null, to: work.id } } },
      {
        kind: "updated",
        changes: {
          title: { from: "Draft", to: "Final" },
          priority: { from: 4, to: 2 },
          dueDate: { from: null, to: "2026-05-01" },
        },
      },
      { kind: "created", changes: {} },
    ]);
    expect(events[0]?.createdAt).toBeInstanceOf(Date);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it("is NOT_FOUND for a trashed task", async () => {
    const created = await api.task.create({ title: "gone" });
    await api.task.delete({ id: created.id });
    expect((await failure(api.task.activity({ id: created.id }))).code).toBe("NOT_FOUND");
  });
});
