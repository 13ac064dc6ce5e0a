import { describe, expect, it } from "vitest";
import {
  describeSchedule,
  draftOf,
  readPhrase,
  rescheduledTo,
  type Schedule,
  scheduleFor,
  unschedule,
} from "./schedule";

const weekly = { rrule: "FREQ=WEEKLY", from: "due" } as const;
// Friday 11 December 2026, 10:00 in Paris.
const context = { now: new Date("2026-12-11T09:00:00Z"), timeZone: "Europe/Paris", today: "2026-12-11" };

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

describe("readPhrase", () => {
  const plain: Schedule = { dueDate: "2026-12-01", dueTime: null, recurrence: null };

  it("reads a date and a time as quick add does, and says what it read", () => {
    const reading = readPhrase("next friday 5pm", draftOf(plain), plain, context);
    expect(reading?.schedule).toEqual({ dueDate: "2026-12-18", dueTime: "17:00" });
    expect(reading?.preview).toBe("18 Dec 17:00");
    expect(reading?.unread).toBe("");
  });

  it("reads a repeat, starting on its first occurrence", () => {
    const reading = readPhrase("every 2nd tue", draftOf(plain), plain, context);
    expect(reading?.schedule.recurrence?.rrule).toBe("FREQ=MONTHLY;BYDAY=2TU");
    expect(reading?.schedule.dueDate).toBe("2027-01-12");
    expect(reading?.preview).toMatch(/^12 Jan 2027, every month on the 2nd tue/i);
  });

  it("keeps a repeating task's repeat for a plain date, and reports words it did not read", () => {
    const repeating: Schedule = { dueDate: "2026-12-01", dueTime: null, recurrence: weekly };
    const reading = readPhrase("tomorrow please", draftOf(repeating), repeating, context);
    expect(reading?.schedule).toEqual({ dueDate: "2026-12-12" });
    expect(reading?.preview).toBe("Tomorrow, every week");
    expect(reading?.unread).toBe("please");
  });

  it("is null when the text names no date", () => {
    expect(readPhrase("someday", draftOf(plain), plain, context)).toBeNull();
  });
});

describe("describeSchedule and rescheduledTo", () => {
  it("name the day relative to today", () => {
    expect(describeSchedule({ dueDate: null }, { dueDate: "2026-12-01" }, context)).toBe("No date");
    expect(rescheduledTo({ dueDate: "2026-12-12" }, context.today)).toBe("to Tomorrow");
    expect(rescheduledTo({ dueDate: "2026-12-11", dueTime: "18:30" }, context.today)).toBe("to Today 18:30");
    expect(rescheduledTo({ dueDate: null }, context.today)).toBe("to no date");
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
