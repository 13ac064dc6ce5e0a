import { describe, expect, it } from "vitest";
import { aTask } from "../../_components/tasks/task-fixture";
import {
  type CalendarData,
  type CalendarTask,
  dragKey,
  dropTargetName,
  moveOccurrenceInData,
  moveTaskInData,
  putBackTasks,
  readDragKey,
  readDropTarget,
  shiftedSeriesDate,
  shiftHour,
  touchedTaskIds,
} from "./calendar-data";

const task = (id: string, dueDate: string | null, extra: Partial<CalendarTask> = {}) =>
  aTask(id, { dueDate, ...extra });

describe("drop targets and drag keys", () => {
  it("name a month day, the week's all-day row and an hour, and read them back", () => {
    expect(readDropTarget(dropTargetName("2026-12-07"))).toEqual({ date: "2026-12-07" });
    expect(readDropTarget(dropTargetName("2026-12-07", null))).toEqual({ date: "2026-12-07", time: null });
    expect(readDropTarget(dropTargetName("2026-12-07", "09:00"))).toEqual({ date: "2026-12-07", time: "09:00" });
    expect(readDragKey(dragKey("t1", "2026-12-07"))).toEqual({ taskId: "t1", date: "2026-12-07" });
    expect(readDragKey(dragKey("t1", null))).toEqual({ taskId: "t1", date: null });
  });
});

describe("optimistic moves", () => {
  const weekly = task("weekly", "2026-12-07", { recurrence: { rrule: "FREQ=WEEKLY", from: "due" } });
  const data: CalendarData = {
    entries: [
      { task: task("one", "2026-12-08"), date: "2026-12-08", projected: false },
      { task: weekly, date: "2026-12-07", projected: false },
      { task: weekly, date: "2026-12-14", projected: true },
    ],
    unscheduled: [task("someday", null)],
    moreUnscheduled: false,
  };

  it("move a task, shift a whole series, and schedule an unscheduled task", () => {
    const one = moveTaskInData(data, task("one", "2026-12-08"), "2026-12-08", { date: "2026-12-10", time: "09:30" });
    expect(one.entries.map((entry) => `${entry.task.id} ${entry.date}`)).toContain("one 2026-12-10");
    expect(one.entries.find((entry) => entry.task.id === "one")?.task.dueTime).toBe("09:30");

    const all = moveTaskInData(data, weekly, "2026-12-14", { date: "2026-12-15" });
    expect(all.entries.filter((entry) => entry.task.id === "weekly").map((entry) => entry.date)).toEqual([
      "2026-12-08",
      "2026-12-15",
    ]);

    const scheduled = moveTaskInData(data, task("someday", null), null, { date: "2026-12-09" });
    expect(scheduled.unscheduled).toEqual([]);
    expect(scheduled.entries.map((entry) => entry.task.id)).toContain("someday");
  });

  it("move one occurrence out of its series", () => {
    const moved = moveOccurrenceInData(data, weekly, "2026-12-14", { date: "2026-12-16" });
    expect(moved.entries.filter((entry) => entry.task.id === "weekly").map((entry) => entry.date)).toEqual([
      "2026-12-07",
    ]);
    expect(moved.entries.at(-1)).toMatchObject({ date: "2026-12-16", task: { recurrence: null } });
  });

  it("put back only what a failed change touched: moves made since stay where they were put", () => {
    const ids = (moved: CalendarData) => moved.entries.map((entry) => `${entry.task.id} ${entry.date}`).sort();
    // "one" moved (the change that fails), then "someday" scheduled and the series shifted (they stay).
    const failed = moveTaskInData(data, task("one", "2026-12-08"), "2026-12-08", { date: "2026-12-10" });
    expect(touchedTaskIds(data, failed)).toEqual(new Set(["one"]));
    const scheduled = moveTaskInData(failed, task("someday", null), null, { date: "2026-12-09" });
    expect(touchedTaskIds(failed, scheduled)).toEqual(new Set(["someday"]));
    const shifted = moveTaskInData(scheduled, weekly, "2026-12-07", { date: "2026-12-08" });

    const undone = putBackTasks(shifted, data, touchedTaskIds(data, failed));
    expect(ids(undone)).toEqual(["one 2026-12-08", "someday 2026-12-09", "weekly 2026-12-08", "weekly 2026-12-15"]);
    expect(undone.unscheduled).toEqual([]);

    // Scheduling "someday" failed instead: back in the side list, at its place; "one" stays moved.
    const unscheduledAgain = putBackTasks(shifted, failed, touchedTaskIds(failed, scheduled));
    expect(unscheduledAgain.unscheduled.map((item) => item.id)).toEqual(["someday"]);
    expect(ids(unscheduledAgain)).toEqual(["one 2026-12-10", "weekly 2026-12-08", "weekly 2026-12-15"]);
  });

  it("put back an occurrence moved out of its series, and the copy shown for it goes", () => {
    const moved = moveOccurrenceInData(data, weekly, "2026-12-14", { date: "2026-12-16" });
    const touched = touchedTaskIds(data, moved);
    expect(touched).toEqual(new Set(["weekly", "pending-weekly-2026-12-14"]));
    const undone = putBackTasks(moved, data, touched).entries;
    expect(undone).toHaveLength(data.entries.length);
    expect(undone).toEqual(expect.arrayContaining(data.entries));
  });

  it("shift a series by as many days as its occurrence moved", () => {
    expect(shiftedSeriesDate("2026-12-07", "2026-12-14", "2026-12-16")).toBe("2026-12-09");
    expect(shiftedSeriesDate("2026-12-07", "2026-12-14", "2026-12-13")).toBe("2026-12-06");
  });
});

describe("shiftHour", () => {
  it("moves a time an hour, keeps its minutes, stays within the day, and times an untimed task at 09:00", () => {
    expect(shiftHour("09:30", 1)).toBe("10:30");
    expect(shiftHour("09:30", -1)).toBe("08:30");
    expect(shiftHour("23:15", 1)).toBe("23:15");
    expect(shiftHour("00:45", -1)).toBe("00:45");
    expect(shiftHour(null, 1)).toBe("09:00");
  });
});
