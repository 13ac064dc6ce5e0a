import { beforeEach, describe, expect, it } from "vitest";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  api = callerFor(database.db, await createSignedInUser(database.db));
});

const sorted = (ids: readonly string[]) => [...ids].sort();
const dueOf = async (id: string) => {
  const found = await api.task.byId({ id });
  return { dueDate: found.dueDate, dueTime: found.dueTime, recurrence: found.recurrence };
};

describe("task.bulk schedule", () => {
  it("moves tasks to one date, keeping each one's time and repeat; changedIds leaves out those already there", async () => {
    const timed = await api.task.create({ title: "timed", dueDate: "2026-03-01", dueTime: "09:30" });
    const repeating = await api.task.create({
      title: "repeating",
      dueDate: "2026-03-02",
      recurrence: { rrule: "FREQ=WEEKLY", from: "due" },
    });
    const already = await api.task.create({ title: "already", dueDate: "2026-03-10" });
    const undated = await api.task.create({ title: "undated" });

    const ids = [timed.id, repeating.id, already.id, undated.id];
    const result = await api.task.bulk({ ids, change: { action: "schedule", dueDate: "2026-03-10" } });

    expect(sorted(result.changedIds)).toEqual(sorted([timed.id, repeating.id, undated.id]));
    expect(await dueOf(timed.id)).toEqual({ dueDate: "2026-03-10", dueTime: "09:30", recurrence: null });
    expect(await dueOf(repeating.id)).toEqual({
      dueDate: "2026-03-10",
      dueTime: null,
      recurrence: { rrule: "FREQ=WEEKLY", from: "due" },
    });
    expect(await dueOf(undated.id)).toMatchObject({ dueDate: "2026-03-10", dueTime: null });
  });

  it("sets a time and a repeat for all when given; the same values again change nothing", async () => {
    const one = await api.task.create({ title: "one", dueDate: "2026-03-01", dueTime: "08:00" });
    const two = await api.task.create({ title: "two" });
    const change = {
      action: "schedule",
      dueDate: "2026-04-06",
      dueTime: "17:00",
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO", from: "due" },
    } as const;

    const first = await api.task.bulk({ ids: [one.id, two.id], change });
    expect(sorted(first.changedIds)).toEqual(sorted([one.id, two.id]));
    for (const id of [one.id, two.id]) {
      expect(await dueOf(id)).toEqual({
        dueDate: "2026-04-06",
        dueTime: "17:00",
        recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO", from: "due" },
      });
    }
    expect((await api.task.bulk({ ids: [one.id, two.id], change })).changedIds).toEqual([]);
  });

  it("no date clears the time and the repeat; an undo step per old value puts them back", async () => {
    const timed = await api.task.create({ title: "timed", dueDate: "2026-03-01", dueTime: "09:30" });
    const repeating = await api.task.create({
      title: "repeating",
      dueDate: "2026-03-02",
      recurrence: { rrule: "FREQ=DAILY", from: "completion" },
    });
    await api.task.bulk({ ids: [timed.id, repeating.id], change: { action: "schedule", dueDate: null } });
    expect(await dueOf(timed.id)).toEqual({ dueDate: null, dueTime: null, recurrence: null });
    expect(await dueOf(repeating.id)).toEqual({ dueDate: null, dueTime: null, recurrence: null });

    await api.task.bulk({
      ids: [timed.id],
      change: { action: "schedule", dueDate: "2026-03-01", dueTime: "09:30", recurrence: null },
    });
    await api.task.bulk({
      ids: [repeating.id],
      change: {
        action: "schedule",
        dueDate: "2026-03-02",
        dueTime: null,
        recurrence: { rrule: "FREQ=DAILY", from: "completion" },
      },
    });
    expect(await dueOf(timed.id)).toEqual({ dueDate: "2026-03-01", dueTime: "09:30", recurrence: null });
    expect(await dueOf(repeating.id)).toEqual({
      dueDate: "2026-03-02",
      dueTime: null,
      recurrence: { rrule: "FREQ=DAILY", from: "completion" },
    });
  });

  it("moves the tasks' reminders with their new dates", async () => {
    const one = await api.task.create({ title: "one", dueDate: "2030-03-01", dueTime: "10:00" });
    const two = await api.task.create({ title: "two", dueDate: "2030-03-02", dueTime: "12:00" });
    const early = await api.reminder.create({ taskId: one.id, minutesBefore: 30 });
    const late = await api.reminder.create({ taskId: two.id, minutesBefore: 60 });

    await api.task.bulk({ ids: [one.id, two.id], change: { action: "schedule", dueDate: "2030-04-01" } });

    // The user's zone is UTC (the factory's default).
    const nextAt = async (taskId: string) => (await api.reminder.list({ taskId }))[0]?.nextAt;
    expect(early.nextAt).toEqual(new Date("2030-03-01T09:30:00Z"));
    expect(await nextAt(one.id)).toEqual(new Date("2030-04-01T09:30:00Z"));
    expect(late.nextAt).toEqual(new Date("2030-03-02T11:00:00Z"));
    expect(await nextAt(two.id)).toEqual(new Date("2030-04-01T11:00:00Z"));
  });

  it("refuses a time or a repeat without a date, and another user's task, changing nothing", async () => {
    const mine = await api.task.create({ title: "mine", dueDate: "2026-03-01" });
    const timeOnly = await failure(
      api.task.bulk({ ids: [mine.id], change: { action: "schedule", dueDate: null, dueTime: "10:00" } }),
    );
    expect(timeOnly.code).toBe("BAD_REQUEST");

    const stranger = callerFor(database.db, await createSignedInUser(database.db));
    const refused = await failure(
      stranger.task.bulk({ ids: [mine.id], change: { action: "schedule", dueDate: "2026-05-01" } }),
    );
    expect(refused.code).toBe("NOT_FOUND");
    expect(await dueOf(mine.id)).toMatchObject({ dueDate: "2026-03-01" });
  });
});
