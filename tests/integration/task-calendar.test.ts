import { beforeAll, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { projectMember } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

type Caller = ReturnType<typeof callerFor>;
type Calendar = Awaited<ReturnType<Caller["task"]["calendar"]>>;

/** The week of Monday 7 December 2026. */
const WEEK = { from: "2026-12-07", to: "2026-12-13" };

let session: Session;
let api: Caller;
const ids: Record<string, string> = {};

const days = (calendar: Calendar) =>
  calendar.entries.map((entry) => `${entry.date} ${entry.task.title}${entry.projected ? " (repeat)" : ""}`);

beforeAll(async () => {
  // West of UTC: a repeat's UNTIL instant falls on the day before in their zone.
  session = await createSignedInUser(database.db, { timeZone: "America/Los_Angeles" });
  api = callerFor(database.db, session);
  const make = async (key: string, input: Parameters<Caller["task"]["create"]>[0]) => {
    ids[key] = (await api.task.create(input)).id;
  };
  await make("monday", { title: "Monday call", dueDate: "2026-12-07", dueTime: "09:00" });
  await make("sunday", { title: "Sunday walk", dueDate: "2026-12-13" });
  await make("before", { title: "Last week", dueDate: "2026-12-06" });
  await make("after", { title: "Next week", dueDate: "2026-12-14" });
  await make("weekly", {
    title: "Weekly review",
    dueDate: "2026-11-30",
    recurrence: { rrule: "FREQ=WEEKLY", from: "due" },
  });
  await make("daily", {
    title: "Stretch",
    dueDate: "2026-12-06",
    // 02:00 UTC on 10 December is 18:00 on the 9th in Los Angeles: the 9th is the last day.
    recurrence: { rrule: "FREQ=DAILY;UNTIL=20261210T020000Z", from: "due" },
  });
  await make("done", { title: "Done already", dueDate: "2026-12-08" });
  await api.task.setCompleted({ id: ids.done as string, completed: true });
  await make("binned", { title: "Binned", dueDate: "2026-12-08" });
  await api.task.delete({ id: ids.binned as string });
  await make("someday", { title: "Someday" });
  const archived = await api.project.create({ name: "Old" });
  await make("archived", { title: "In an archived project", projectId: archived.id, dueDate: "2026-12-08" });
  await api.project.update({ id: archived.id, archived: true });

  // Someone else's project shared with the user (as an editor), and a stranger's task.
  const friend = await createSignedInUser(database.db);
  const friendApi = callerFor(database.db, friend);
  const shared = await friendApi.project.create({ name: "Shared" });
  await database.db
    .insert(projectMember)
    .values({ projectId: shared.id, userId: session.user.id, role: "editor", position: "a1" });
  await friendApi.task.create({ title: "Friend's plan", projectId: shared.id, dueDate: "2026-12-10" });
  await friendApi.task.create({ title: "Friend's private", dueDate: "2026-12-10" });
});

describe("task.calendar", () => {
  it("lists the range's open tasks by day and time, shared projects' included, repeats computed from their rule", async () => {
    const week = await api.task.calendar(WEEK);
    expect(days(week)).toEqual([
      "2026-12-07 Monday call",
      // Untimed after timed, then in manual order.
      "2026-12-07 Weekly review (repeat)",
      "2026-12-07 Stretch (repeat)",
      "2026-12-08 Stretch (repeat)",
      "2026-12-09 Stretch (repeat)",
      "2026-12-10 Friend's plan",
      "2026-12-13 Sunday walk",
    ]);
    expect(week.unscheduled.map((task) => task.title)).toEqual(["Someday"]);
    expect(week.moreUnscheduled).toBe(false);
  });

  it("shows a repeating task's own (current) date as not projected", async () => {
    const { entries } = await api.task.calendar({ from: "2026-11-30", to: "2026-12-06" });
    expect(entries.filter((entry) => entry.task.id === ids.weekly)).toEqual([
      expect.objectContaining({ date: "2026-11-30", projected: false }),
    ]);
  });

  it("reads a month's range in exactly one SQL statement", async () => {
    const { result, statements } = await database.countStatements(() =>
      api.task.calendar({ from: "2026-11-30", to: "2027-01-03" }),
    );
    expect(statements).toBe(1);
    expect(result.entries.length).toBeGreaterThan(5);
  });

  it("refuses a backwards range and one longer than six weeks", async () => {
    expect(await codeOf(api.task.calendar({ from: "2026-12-13", to: "2026-12-07" }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.task.calendar({ from: "2026-12-01", to: "2027-01-15" }))).toBe("BAD_REQUEST");
  });
});

describe("moving one occurrence of a repeating task ('this one')", () => {
  async function series(rrule = "FREQ=WEEKLY", dueDate = "2026-12-07") {
    return api.task.create({
      title: `Series ${crypto.randomUUID().slice(0, 6)}`,
      dueDate,
      recurrence: { rrule, from: "due" },
    });
  }
  const titledOn = async (title: string, from: string, to: string) =>
    (await api.task.calendar({ from, to })).entries
      .filter((entry) => entry.task.title === title)
      .map((entry) => `${entry.date}${entry.projected ? " (repeat)" : ""}`);

  it("moves a later occurrence alone: a one-off task on the new day, the series skips that date", async () => {
    const task = await series();
    const moved = await api.task.moveOccurrence({
      id: task.id,
      updatedAt: task.updatedAt,
      occurrence: "2026-12-14",
      dueDate: "2026-12-16",
      dueTime: "10:00",
    });
    expect(moved.copy).toMatchObject({ title: task.title, dueDate: "2026-12-16", dueTime: "10:00", recurrence: null });
    expect(moved.series).toMatchObject({ dueDate: "2026-12-07", recurrence: task.recurrence });
    expect(await titledOn(task.title, "2026-12-07", "2026-12-27")).toEqual([
      "2026-12-07",
      "2026-12-16",
      "2026-12-21 (repeat)",
    ]);

    // Completing the series steps past the moved date.
    await api.task.setCompleted({ id: task.id, completed: true });
    expect((await api.task.byId({ id: task.id })).dueDate).toBe("2026-12-21");
  });

  it("moves the current occurrence alone: the series steps on to its next date", async () => {
    const task = await series();
    const moved = await api.task.moveOccurrence({
      id: task.id,
      updatedAt: task.updatedAt,
      occurrence: "2026-12-07",
      dueDate: "2026-12-08",
    });
    expect(moved.series.dueDate).toBe("2026-12-14");
    expect(await titledOn(task.title, "2026-12-07", "2026-12-20")).toEqual(["2026-12-08", "2026-12-14"]);

    // Undo: the occurrence is the series' again, the copy in the trash.
    const copyId = moved.copy?.id as string;
    await api.task.restoreOccurrence({ id: task.id, occurrence: "2026-12-07", copyId });
    expect(await titledOn(task.title, "2026-12-07", "2026-12-20")).toEqual(["2026-12-07", "2026-12-14 (repeat)"]);
    expect(await codeOf(api.task.byId({ id: copyId }))).toBe("NOT_FOUND");
  });

  it("puts a later occurrence back on Undo", async () => {
    const task = await series();
    const moved = await api.task.moveOccurrence({
      id: task.id,
      updatedAt: task.updatedAt,
      occurrence: "2026-12-21",
      dueDate: "2026-12-22",
    });
    await api.task.restoreOccurrence({ id: task.id, occurrence: "2026-12-21", copyId: moved.copy?.id as string });
    expect(await titledOn(task.title, "2026-12-14", "2026-12-27")).toEqual([
      "2026-12-14 (repeat)",
      "2026-12-21 (repeat)",
    ]);
  });

  it("moves the last occurrence as the task itself, which then repeats no more", async () => {
    const task = await series("FREQ=WEEKLY;COUNT=1");
    const moved = await api.task.moveOccurrence({
      id: task.id,
      updatedAt: task.updatedAt,
      occurrence: "2026-12-07",
      dueDate: "2026-12-09",
    });
    expect(moved.copy).toBeNull();
    expect(moved.series).toMatchObject({ dueDate: "2026-12-09", recurrence: null });
  });

  it("refuses a date that is not an occurrence, a task that does not repeat, and a stale version", async () => {
    const task = await series();
    const move = (occurrence: string, updatedAt = task.updatedAt, id = task.id) =>
      api.task.moveOccurrence({ id, updatedAt, occurrence, dueDate: "2026-12-30" });
    expect(await codeOf(move("2026-12-08"))).toBe("BAD_REQUEST");
    const plain = await api.task.create({ title: "Plain", dueDate: "2026-12-07" });
    expect(await codeOf(move("2026-12-07", plain.updatedAt, plain.id))).toBe("BAD_REQUEST");
    expect(await codeOf(move("2026-12-14", new Date(0)))).toBe("CONFLICT");
  });
});
