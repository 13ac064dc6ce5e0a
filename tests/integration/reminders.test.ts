import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { reminder, task as taskTable } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure, messagesOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  session = await createSignedInUser(database.db, { timeZone: "America/New_York" });
  api = callerFor(database.db, session);
});

/** Marks a reminder delivered, as the cron would. */
async function markSent(id: string) {
  await database.db
    .update(reminder)
    .set({ sentAt: new Date("2026-01-01T00:00:00Z") })
    .where(eq(reminder.id, id));
}

const reminderRow = async (id: string) => {
  const [row] = await database.db.select().from(reminder).where(eq(reminder.id, id));
  return row;
};

describe("reminders", () => {
  it("creates, lists and deletes a task's reminders", async () => {
    const task = await api.task.create({ title: "Call the bank", dueDate: "2027-03-09", dueTime: "10:00" });
    const at = new Date("2027-03-08T22:00:00Z");

    const absolute = await api.reminder.create({ taskId: task.id, absolute: at });
    const relative = await api.reminder.create({ taskId: task.id, minutesBefore: 30 });

    expect(absolute).toMatchObject({ kind: "absolute", remindAt: at, nextAt: at, sentAt: null });
    expect(relative).toMatchObject({ kind: "relative", minutesBefore: 30, remindAt: null });
    expect((await api.reminder.list({ taskId: task.id })).map((each) => each.id)).toEqual([absolute.id, relative.id]);

    await api.reminder.delete({ id: absolute.id });
    expect((await api.reminder.list({ taskId: task.id })).map((each) => each.id)).toEqual([relative.id]);
    expect((await failure(api.reminder.delete({ id: absolute.id }))).code).toBe("NOT_FOUND");
  });

  it("marks the task in its lists while its reader has a reminder still to come on it", async () => {
    const task = await api.task.create({ title: "Call the bank", dueDate: "2027-03-09", dueTime: "10:00" });
    await api.task.create({ title: "Nothing set" });
    const marks = async () =>
      Object.fromEntries((await api.task.list({})).items.map((item) => [item.title, item.hasReminder]));
    expect(await marks()).toEqual({ "Call the bank": false, "Nothing set": false });

    const first = await api.reminder.create({ taskId: task.id, minutesBefore: 30 });
    expect(await marks()).toEqual({ "Call the bank": true, "Nothing set": false });
    expect((await api.task.byId({ id: task.id })).hasReminder).toBe(true);

    await markSent(first.id);
    expect((await marks())["Call the bank"]).toBe(false);
    const second = await api.reminder.create({ taskId: task.id, minutesBefore: 60 });
    expect((await marks())["Call the bank"]).toBe(true);
    await api.reminder.delete({ id: second.id });
    expect((await marks())["Call the bank"]).toBe(false);
  });

  it("refuses an absolute reminder more than an hour in the past (it would only be sent at once)", async () => {
    const task = await api.task.create({ title: "Backdated" });
    const error = await failure(api.reminder.create({ taskId: task.id, absolute: new Date(Date.now() - 61 * 60_000) }));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(messagesOf(error)).toContain("Pick a time that is not in the past.");
    expect(await api.reminder.list({ taskId: task.id })).toEqual([]);

    // A little in the past is a slow form or a clock behind: accepted, and sent by the next run.
    const recent = await api.reminder.create({ taskId: task.id, absolute: new Date(Date.now() - 30 * 60_000) });
    expect(recent).toMatchObject({ kind: "absolute", sentAt: null });
  });

  it("refuses a reminder before the due time on a task without a due date", async () => {
    const task = await api.task.create({ title: "Someday" });
    const error = await failure(api.reminder.create({ taskId: task.id, minutesBefore: 10 }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("due date") });
    expect(await api.reminder.list({ taskId: task.id })).toEqual([]);
  });

  it("computes a relative reminder in the user's zone, 09:00 when the task has no time", async () => {
    // New York: UTC-5 until 2026-03-08, UTC-4 from then on.
    const winter = await api.task.create({ title: "Before DST", dueDate: "2026-03-07", dueTime: "10:00" });
    const summer = await api.task.create({ title: "After DST", dueDate: "2026-03-09", dueTime: "10:00" });
    const allDay = await api.task.create({ title: "No time", dueDate: "2026-03-09" });

    const before = await api.reminder.create({ taskId: winter.id, minutesBefore: 30 });
    const after = await api.reminder.create({ taskId: summer.id, minutesBefore: 30 });
    const dayBefore = await api.reminder.create({ taskId: allDay.id, minutesBefore: 24 * 60 });

    expect(before.nextAt).toEqual(new Date("2026-03-07T14:30:00Z"));
    expect(after.nextAt).toEqual(new Date("2026-03-09T13:30:00Z"));
    expect(dayBefore.nextAt).toEqual(new Date("2026-03-08T13:00:00Z"));
  });

  it("re-arms when the due date or time changes to a later instant, and not on other edits", async () => {
    const task = await api.task.create({ title: "Dentist", dueDate: "2027-03-15", dueTime: "10:00" });
    const created = await api.reminder.create({ taskId: task.id, minutesBefore: 60 });
    await markSent(created.id);

    const renamed = await api.task.update({ id: task.id, updatedAt: task.updatedAt, title: "Dentist (Dr. Ruiz)" });
    expect(await reminderRow(created.id)).toMatchObject({ sentAt: expect.any(Date) });

    // 2027-03-16 10:00 in New York is EDT (UTC-4).
    const moved = await api.task.update({ id: task.id, updatedAt: renamed.updatedAt, dueDate: "2027-03-16" });
    expect(await reminderRow(created.id)).toMatchObject({ nextAt: new Date("2027-03-16T13:00:00Z"), sentAt: null });

    await markSent(created.id);
    const retimed = await api.task.update({ id: task.id, updatedAt: moved.updatedAt, dueTime: "16:30" });
    expect(await reminderRow(created.id)).toMatchObject({ nextAt: new Date("2027-03-16T19:30:00Z"), sentAt: null });

    // Moved into the past: the new instant is kept, but a delivered reminder is not sent again.
    await markSent(created.id);
    const past = await api.task.update({ id: task.id, updatedAt: retimed.updatedAt, dueDate: "2020-01-06" });
    expect(await reminderRow(created.id)).toMatchObject({
      nextAt: new Date("2020-01-06T20:30:00Z"),
      sentAt: expect.any(Date),
    });

    await api.task.update({ id: task.id, updatedAt: past.updatedAt, dueDate: null });
    expect(await reminderRow(created.id)).toMatchObject({ nextAt: null });
  });

  it("moves a repeating task's reminders to the next occurrence, and back on undo", async () => {
    const task = await api.task.create({
      title: "Water the plants",
      dueDate: "2027-03-08",
      dueTime: "09:00",
      recurrence: { rrule: "FREQ=WEEKLY", from: "due" },
    });
    const relative = await api.reminder.create({ taskId: task.id, minutesBefore: 15 });
    // The evening before, 20:00 in New York (EST, UTC-5).
    const absolute = await api.reminder.create({ taskId: task.id, absolute: new Date("2027-03-08T01:00:00Z") });
    await markSent(relative.id);
    await markSent(absolute.id);

    await api.task.setCompleted({ id: task.id, completed: true });

    // 2027-03-15 09:00 is in EDT (UTC-4, from 2027-03-14); the evening before is still 20:00 local.
    expect(await reminderRow(relative.id)).toMatchObject({ nextAt: new Date("2027-03-15T12:45:00Z"), sentAt: null });
    expect(await reminderRow(absolute.id)).toMatchObject({
      remindAt: new Date("2027-03-15T00:00:00Z"),
      nextAt: new Date("2027-03-15T00:00:00Z"),
      sentAt: null,
    });

    await api.task.setCompleted({ id: task.id, completed: false });
    expect(await reminderRow(relative.id)).toMatchObject({ nextAt: new Date("2027-03-08T13:45:00Z") });
    expect(await reminderRow(absolute.id)).toMatchObject({ remindAt: new Date("2027-03-08T01:00:00Z") });
  });

  it("bulk-completing a repeating task moves its reminders too", async () => {
    const task = await api.task.create({
      title: "Pay rent",
      dueDate: "2027-03-01",
      recurrence: { rrule: "FREQ=MONTHLY", from: "due" },
    });
    const created = await api.reminder.create({ taskId: task.id, minutesBefore: 0 });
    await markSent(created.id);
    await api.task.bulk({ ids: [task.id], change: { action: "complete", completed: true } });
    expect(await reminderRow(created.id)).toMatchObject({ nextAt: new Date("2027-04-01T13:00:00Z"), sentAt: null });
  });

  it("follows the user's time zone when it changes", async () => {
    const task = await api.task.create({ title: "Standup", dueDate: "2026-06-01", dueTime: "09:00" });
    const created = await api.reminder.create({ taskId: task.id, minutesBefore: 0 });
    expect(created.nextAt).toEqual(new Date("2026-06-01T13:00:00Z"));

    await api.account.update({ timeZone: "Europe/Berlin" });
    expect(await reminderRow(created.id)).toMatchObject({ nextAt: new Date("2026-06-01T07:00:00Z") });
  });

  it("lists the next hour's undelivered reminders of open tasks for the open app", async () => {
    const soon = await api.task.create({ title: "Soon" });
    const later = await api.task.create({ title: "Later" });
    const done = await api.task.create({ title: "Done" });
    const inTenMinutes = new Date(Date.now() + 10 * 60_000);
    const shown = await api.reminder.create({ taskId: soon.id, absolute: inTenMinutes });
    await api.reminder.create({ taskId: later.id, absolute: new Date(Date.now() + 3 * 60 * 60_000) });
    await api.reminder.create({ taskId: done.id, absolute: inTenMinutes });
    await api.task.setCompleted({ id: done.id, completed: true });

    expect(await api.reminder.upcoming()).toEqual([
      { id: shown.id, taskId: soon.id, nextAt: inTenMinutes, title: "Soon" },
    ]);
  });

  it("keeps a task's reminders to its owner and deletes them with the task", async () => {
    const stranger = callerFor(database.db, await createSignedInUser(database.db));
    const task = await api.task.create({ title: "Gone soon", dueDate: "2026-03-09" });
    const created = await api.reminder.create({ taskId: task.id, minutesBefore: 5 });

    expect((await failure(stranger.reminder.list({ taskId: task.id }))).code).toBe("NOT_FOUND");
    await database.db.delete(taskTable).where(eq(taskTable.id, task.id));
    expect(await reminderRow(created.id)).toBeUndefined();
  });
});
