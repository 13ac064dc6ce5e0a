import { describe, expect, it } from "vitest";
import { describeSchedule, readPhrase } from "./read-phrase";
import { draftOf, type Schedule } from "./schedule";

const weekly = { rrule: "FREQ=WEEKLY", from: "due" } as const;
// Friday 11 December 2026, 10:00 in Paris.
const context = {
  now: new Date("2026-12-11T09:00:00Z"),
  timeZone: "Europe/Paris",
  today: "2026-12-11",
  hourCycle: "h23" as const,
};

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

describe("describeSchedule", () => {
  it("says what applying gives, the task's own time and repeat included", () => {
    expect(describeSchedule({ dueDate: null }, { dueDate: "2026-12-01" }, context)).toBe("No date");
    const start: Schedule = { dueDate: "2026-12-01", dueTime: "08:00", recurrence: weekly };
    expect(describeSchedule({ dueDate: "2026-12-12" }, start, context)).toBe("Tomorrow 08:00, every week");
  });
});
