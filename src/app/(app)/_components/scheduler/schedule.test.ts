import { describe, expect, it } from "vitest";
import {
  draftOf,
  rescheduledTo,
  rescheduleMessage,
  type Schedule,
  savedDate,
  scheduleFor,
  unschedule,
} from "./schedule";

const weekly = { rrule: "FREQ=WEEKLY", from: "due" } as const;
const today = "2026-12-11";

describe("scheduleFor", () => {
  const repeating: Schedule = { dueDate: "2026-12-01", dueTime: "09:00", recurrence: weekly };

  it("sends only the date when the time and the repeat were left as they were", () => {
    expect(scheduleFor("2026-12-12", draftOf(repeating), repeating)).toEqual({ dueDate: "2026-12-12" });
  });

  it("sends a changed time, a cleared time and a changed repeat", () => {
    const draft = { ...draftOf(repeating), time: "", repeat: "FREQ=DAILY" };
    expect(scheduleFor("2026-12-12", draft, repeating)).toEqual({
      dueDate: "2026-12-12",
      dueTime: null,
      recurrence: { rrule: "FREQ=DAILY", from: "due" },
    });
    expect(scheduleFor("2026-12-12", { ...draftOf(repeating), repeat: "" }, repeating)).toEqual({
      dueDate: "2026-12-12",
      recurrence: null,
    });
  });

  it("keeps each task's repeat for several tasks unless one is chosen; no date drops time and repeat", () => {
    const several: Schedule = { dueDate: null };
    expect(draftOf(several).repeat).toBe("keep");
    expect(scheduleFor("2026-12-12", { ...draftOf(several), time: "08:15" }, several)).toEqual({
      dueDate: "2026-12-12",
      dueTime: "08:15",
    });
    expect(scheduleFor(null, { ...draftOf(several), time: "08:15" }, several)).toEqual({ dueDate: null });
  });
});

describe("rescheduledTo", () => {
  it("names the day relative to today", () => {
    expect(rescheduledTo({ dueDate: "2026-12-12" }, today, "h23")).toBe("to Tomorrow");
    expect(rescheduledTo({ dueDate: "2026-12-11", dueTime: "18:30" }, today, "h23")).toBe("to Today 18:30");
    expect(rescheduledTo({ dueDate: null }, today, "h23")).toBe("to no date");
    expect(rescheduledTo({ dueDate: "2026-12-11", dueTime: "18:30" }, today, "h12")).toBe("to Today 6:30 pm");
  });
});

describe("unschedule", () => {
  it("puts back the date and time, and the repeat only when the schedule touched it", () => {
    const before = { dueDate: "2026-12-01", dueTime: "09:00", recurrence: weekly };
    expect(unschedule(before, { dueDate: "2026-12-12" })).toEqual({ dueDate: "2026-12-01", dueTime: "09:00" });
    expect(unschedule(before, { dueDate: null })).toEqual({ ...before });
    expect(unschedule({ dueDate: null, dueTime: null, recurrence: null }, { dueDate: "2026-12-12" })).toEqual({
      dueDate: null,
    });
  });
});

describe("the deadline, for one task", () => {
  const dated: Schedule = { dueDate: "2026-12-14", dueTime: null, recurrence: null, deadline: "2026-12-20" };
  const undated: Schedule = { dueDate: null, dueTime: null, recurrence: null, deadline: null };

  it("is set only when changed, with the date or alone", () => {
    expect(scheduleFor("2026-12-15", draftOf(dated), dated)).toEqual({ dueDate: "2026-12-15" });
    const draft = { ...draftOf(dated), deadline: "2026-12-31" };
    expect(scheduleFor("2026-12-15", draft, dated)).toEqual({ dueDate: "2026-12-15", deadline: "2026-12-31" });
    expect(scheduleFor(null, { ...draftOf(dated), deadline: "" }, dated)).toEqual({ dueDate: null, deadline: null });
  });

  it("is never offered for several tasks", () => {
    const several: Schedule = { dueDate: null };
    expect(scheduleFor("2026-12-15", { ...draftOf(several), deadline: "2026-12-31" }, several)).toEqual({
      dueDate: "2026-12-15",
    });
  });

  it("saves on an undated task without dating it, unless a time or repeat needs a date", () => {
    const draft = { ...draftOf(undated), deadline: "2026-12-31" };
    expect(savedDate(undated, draft, today)).toBeNull();
    expect(savedDate(undated, { ...draft, time: "09:00" }, today)).toBe(today);
    expect(savedDate(dated, draft, today)).toBe("2026-12-14");
  });

  it("is put back by Undo when the change touched it", () => {
    const before = { dueDate: "2026-12-14", dueTime: null, recurrence: null, deadline: "2026-12-20" };
    expect(unschedule(before, { dueDate: "2026-12-15", deadline: null })).toEqual({
      dueDate: "2026-12-14",
      dueTime: null,
      deadline: "2026-12-20",
    });
    expect(unschedule(before, { dueDate: "2026-12-15" })).toEqual({ dueDate: "2026-12-14", dueTime: null });
  });

  it("says what changed when only the deadline did", () => {
    const task = { title: "Tax return", dueDate: "2026-12-14" };
    expect(rescheduleMessage(task, { dueDate: "2026-12-14", deadline: "2026-12-12" }, today, "h23")).toBe(
      "Deadline of “Tax return” set to Tomorrow",
    );
    expect(rescheduleMessage(task, { dueDate: "2026-12-14", deadline: null }, today, "h23")).toBe(
      "Removed the deadline of “Tax return”",
    );
    expect(rescheduleMessage(task, { dueDate: "2026-12-12" }, today, "h23")).toBe(
      "Rescheduled “Tax return” to Tomorrow",
    );
  });
});
