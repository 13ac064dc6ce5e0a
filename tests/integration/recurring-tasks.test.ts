import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Session } from "@/server/auth/auth";
import { user } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
});

afterEach(() => {
  vi.useRealTimers();
});

const weekly = { rrule: "FREQ=WEEKLY", from: "due" } as const;

describe("repeating tasks", () => {
  it("completing moves the SAME task to its next due date, time kept, and logs the move", async () => {
    const created = await api.task.create({
      title: "Standup",
      dueDate: "2026-03-02",
      dueTime: "09:00",
      recurrence: weekly,
    });

    const completed = await api.task.setCompleted({ id: created.id, completed: true });

    expect(completed).toMatchObject({
      id: created.id,
      completed: false,
      completedAt: null,
      dueDate: "2026-03-09",
      dueTime: "09:00",
      recurrence: weekly,
    });
    expect((await api.task.list({})).items.map((item) => item.id)).toEqual([created.id]);
    const [latest] = await api.task.activity({ id: created.id });
    expect(latest).toMatchObject({ kind: "completed", changes: { dueDate: { from: "2026-03-02", to: "2026-03-09" } } });
  });

  it("reopening (undo) moves it back to the occurrence it had", async () => {
    const created = await api.task.create({
      title: "Standup",
      dueDate: "2026-03-02",
      dueTime: "09:00",
      recurrence: weekly,
    });
    await api.task.setCompleted({ id: created.id, completed: true });
    await api.task.setCompleted({ id: created.id, completed: true });
    expect((await api.task.byId({ id: created.id })).dueDate).toBe("2026-03-16");

    const undone = await api.task.setCompleted({ id: created.id, completed: false });

    expect(undone).toMatchObject({ completed: false, dueDate: "2026-03-09", dueTime: "09:00" });
    const [latest] = await api.task.activity({ id: created.id });
    expect(latest).toMatchObject({
      kind: "uncompleted",
      changes: { dueDate: { from: "2026-03-16", to: "2026-03-09" } },
    });
    // Completing again steps forward from the restored date.
    expect((await api.task.setCompleted({ id: created.id, completed: true })).dueDate).toBe("2026-03-16");
  });

  it("completing twice and undoing twice walks back through both dates", async () => {
    const created = await api.task.create({ title: "Water plants", dueDate: "2026-03-02", recurrence: weekly });
    await api.task.setCompleted({ id: created.id, completed: true });
    await api.task.setCompleted({ id: created.id, completed: true });

    expect((await api.task.setCompleted({ id: created.id, completed: false })).dueDate).toBe("2026-03-09");
    expect((await api.task.setCompleted({ id: created.id, completed: false })).dueDate).toBe("2026-03-02");
    // Nothing left to undo: a third changes nothing.
    expect((await api.task.setCompleted({ id: created.id, completed: false })).dueDate).toBe("2026-03-02");
  });

  it("undo after one completion restores 2026-03-02", async () => {
    const created = await api.task.create({
      title: "Standup",
      dueDate: "2026-03-02",
      dueTime: "09:00",
      recurrence: weekly,
    });
    await api.task.setCompleted({ id: created.id, completed: true });

    expect(await api.task.setCompleted({ id: created.id, completed: false })).toMatchObject({
      completed: false,
      dueDate: "2026-03-02",
      dueTime: "09:00",
    });
  });

  it("COUNT=2: the second completion completes it for good; undo reopens it", async () => {
    const created = await api.task.create({
      title: "Two sessions",
      dueDate: "2026-03-02",
      recurrence: { rrule: "FREQ=WEEKLY;COUNT=2", from: "due" },
    });

    const first = await api.task.setCompleted({ id: created.id, completed: true });
    expect(first).toMatchObject({ completed: false, dueDate: "2026-03-09" });

    const second = await api.task.setCompleted({ id: created.id, completed: true });
    expect(second).toMatchObject({ completed: true, dueDate: "2026-03-09" });
    expect(second.completedAt).toBeInstanceOf(Date);
    expect((await api.task.list({})).items).toEqual([]);

    const reopened = await api.task.setCompleted({ id: created.id, completed: false });
    expect(reopened).toMatchObject({ completed: false, dueDate: "2026-03-09" });
  });

  it('from "completion" counts from the completion day in the user\'s time zone', async () => {
    await api.account.update({ timeZone: "Pacific/Kiritimati" });
    const [row] = await database.db.select().from(user).where(eq(user.id, session.user.id));
    if (!row) throw new Error("user row missing");
    const kiritimati = callerFor(database.db, { ...session, user: row });
    const created = await kiritimati.task.create({
      title: "Water the plants",
      dueDate: "2026-03-02",
      dueTime: "08:00",
      recurrence: { rrule: "FREQ=DAILY;INTERVAL=2", from: "completion" },
    });
    // 12:00 UTC on 10 March is already 02:00 on 11 March in Kiritimati (UTC+14).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-10T12:00:00Z"));

    const completed = await kiritimati.task.setCompleted({ id: created.id, completed: true });
    vi.useRealTimers();

    expect(completed).toMatchObject({ completed: false, dueDate: "2026-03-13", dueTime: "08:00" });

    // The same moment for a UTC user is still 10 March.
    const utcTask = await api.task.create({
      title: "UTC",
      dueDate: "2026-03-02",
      recurrence: { rrule: "FREQ=DAILY;INTERVAL=2", from: "completion" },
    });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-10T12:00:00Z"));
    const utcCompleted = await api.task.setCompleted({ id: utcTask.id, completed: true });
    vi.useRealTimers();
    expect(utcCompleted.dueDate).toBe("2026-03-12");
  });

  it('"due" steps once from an overdue date rather than jumping to today', async () => {
    const created = await api.task.create({
      title: "Daily",
      dueDate: "2020-01-01",
      recurrence: { rrule: "FREQ=DAILY", from: "due" },
    });
    expect((await api.task.setCompleted({ id: created.id, completed: true })).dueDate).toBe("2020-01-02");
  });

  it("bulk complete and uncomplete treat repeating tasks the same way", async () => {
    const repeating = await api.task.create({ title: "Weekly", dueDate: "2026-03-02", recurrence: weekly });
    const plain = await api.task.create({ title: "Once" });

    const done = await api.task.bulk({
      ids: [repeating.id, plain.id],
      change: { action: "complete", completed: true },
    });
    expect(done.changedIds.sort()).toEqual([repeating.id, plain.id].sort());
    expect(await api.task.byId({ id: repeating.id })).toMatchObject({ completed: false, dueDate: "2026-03-09" });
    expect((await api.task.byId({ id: plain.id })).completed).toBe(true);

    await api.task.bulk({ ids: done.changedIds, change: { action: "complete", completed: false } });
    expect(await api.task.byId({ id: repeating.id })).toMatchObject({ completed: false, dueDate: "2026-03-02" });
    expect((await api.task.byId({ id: plain.id })).completed).toBe(false);
  });
});
