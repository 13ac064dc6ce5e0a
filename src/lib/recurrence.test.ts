import { describe, expect, it } from "vitest";
import { type NextOccurrenceInput, nextOccurrence } from "@/lib/next-occurrence";
import { describeRecurrence, formatRecurrenceRule, parseRecurrenceRule } from "@/lib/recurrence";

// Ignored by `from: "due"`; tests of `from: "completion"` pass their own.
const SOME_INSTANT = new Date("2026-01-01T12:00:00Z");

function next(rrule: string, dueDate: string, overrides: Partial<NextOccurrenceInput> = {}): string | null {
  const result = nextOccurrence({
    rrule,
    from: "due",
    dueDate,
    dueTime: null,
    completedAt: SOME_INSTANT,
    timeZone: "UTC",
    occurrencesCompleted: 0,
    ...overrides,
  });
  return result?.dueDate ?? null;
}

function nextAfterCompletion(rrule: string, completedAt: string, timeZone = "UTC", dueDate = "2026-01-01") {
  return next(rrule, dueDate, { from: "completion", completedAt: new Date(completedAt), timeZone });
}

describe("nextOccurrence from the due date", () => {
  it.each([
    // Daily
    ["FREQ=DAILY", "2026-01-10", "2026-01-11"],
    ["FREQ=DAILY", "2026-01-31", "2026-02-01"],
    ["FREQ=DAILY", "2026-12-31", "2027-01-01"],
    ["FREQ=DAILY", "2028-02-28", "2028-02-29"],
    ["FREQ=DAILY;INTERVAL=2", "2026-01-10", "2026-01-12"],
    ["FREQ=DAILY;INTERVAL=3", "2026-02-27", "2026-03-02"],
    // Weekly
    ["FREQ=WEEKLY", "2026-01-14", "2026-01-21"],
    ["FREQ=WEEKLY;INTERVAL=2", "2026-01-14", "2026-01-28"],
    ["FREQ=WEEKLY;BYDAY=MO,TH", "2026-01-12", "2026-01-15"],
    ["FREQ=WEEKLY;BYDAY=MO,TH", "2026-01-15", "2026-01-19"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "2026-01-12", "2026-01-15"],
    // Crossing into the next week skips the off week.
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "2026-01-15", "2026-01-26"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "2026-01-26", "2026-01-29"],
    ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-01-16", "2026-01-19"],
    ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-01-13", "2026-01-14"],
    ["FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "2026-01-16", "2026-01-19"],
    ["FREQ=WEEKLY;BYDAY=SA,SU", "2026-01-11", "2026-01-17"],
    // The week start decides which Monday shares a week with a Sunday (RFC 5545's WKST example).
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=MO", "2026-01-11", "2026-01-19"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=SU", "2026-01-11", "2026-01-12"],
    // Monthly
    ["FREQ=MONTHLY", "2026-01-15", "2026-02-15"],
    ["FREQ=MONTHLY", "2026-12-15", "2027-01-15"],
    ["FREQ=MONTHLY;INTERVAL=3", "2026-01-15", "2026-04-15"],
    ["FREQ=MONTHLY;INTERVAL=3", "2026-11-30", "2027-05-30"],
    // The 31st: months without one are skipped (RFC 5545), not clamped.
    ["FREQ=MONTHLY", "2026-01-31", "2026-03-31"],
    ["FREQ=MONTHLY", "2026-03-31", "2026-05-31"],
    ["FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-31", "2026-03-31"],
    ["FREQ=MONTHLY;BYMONTHDAY=31", "2026-04-10", "2026-05-31"],
    // The last day of the month.
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-31", "2026-02-28"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2028-01-31", "2028-02-29"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2026-02-28", "2026-03-31"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2028-02-29", "2028-03-31"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2026-04-30", "2026-05-31"],
    ["FREQ=MONTHLY;BYMONTHDAY=1,15", "2026-01-15", "2026-02-01"],
    // Nth weekday of the month.
    ["FREQ=MONTHLY;BYDAY=3FR", "2026-01-16", "2026-02-20"],
    ["FREQ=MONTHLY;BYDAY=3FR", "2026-02-20", "2026-03-20"],
    ["FREQ=MONTHLY;BYDAY=3FR", "2026-01-05", "2026-01-16"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "2026-01-30", "2026-02-27"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "2026-02-27", "2026-03-27"],
    ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-01-30", "2026-02-27"],
    ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-02-27", "2026-03-31"],
    // Yearly
    ["FREQ=YEARLY", "2026-03-15", "2027-03-15"],
    ["FREQ=YEARLY;INTERVAL=2", "2026-06-01", "2028-06-01"],
    ["FREQ=YEARLY", "2028-02-29", "2032-02-29"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2024-02-29", "2028-02-29"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2026-01-10", "2028-02-29"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", "2027-02-28", "2028-02-29"],
    ["FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "2026-11-26", "2027-11-25"],
    // 2100, 2200 and 2300 are not leap years.
    ["FREQ=YEARLY;INTERVAL=100", "2000-02-29", "2400-02-29"],
  ])("%s from %s → %s", (rrule, dueDate, expected) => {
    expect(next(rrule, dueDate)).toBe(expected);
  });

  it.each([
    ["FREQ=DAILY", "2026-01-01", "2026-01-20T12:00:00Z", "2026-01-02"],
    ["FREQ=WEEKLY;BYDAY=MO", "2025-12-29", "2026-02-01T12:00:00Z", "2026-01-05"],
    ["FREQ=MONTHLY", "2025-06-15", "2026-03-01T12:00:00Z", "2025-07-15"],
  ])("an overdue task (%s, due %s, completed %s) moves one step, to %s", (rrule, dueDate, completedAt, expected) => {
    expect(next(rrule, dueDate, { completedAt: new Date(completedAt) })).toBe(expected);
  });

  it("keeps the due time", () => {
    const result = nextOccurrence({
      rrule: "FREQ=WEEKLY",
      from: "due",
      dueDate: "2026-10-22",
      dueTime: "09:00",
      completedAt: SOME_INSTANT,
      timeZone: "Europe/Berlin",
      occurrencesCompleted: 0,
    });
    expect(result).toEqual({ dueDate: "2026-10-29", dueTime: "09:00" });
  });
});

describe("nextOccurrence from completion", () => {
  it.each([
    ["FREQ=DAILY;INTERVAL=3", "2026-01-10T12:00:00Z", "2026-01-13"],
    ["FREQ=DAILY", "2026-01-31T08:00:00Z", "2026-02-01"],
    ["FREQ=WEEKLY;BYDAY=MO", "2026-01-14T12:00:00Z", "2026-01-19"],
    ["FREQ=WEEKLY;BYDAY=MO", "2026-01-19T12:00:00Z", "2026-01-26"],
    // Restarted on a Wednesday, the first Monday of the rule is in the week after the off week.
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2026-01-14T12:00:00Z", "2026-01-26"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2026-02-02T12:00:00Z", "2026-02-28"],
    ["FREQ=MONTHLY", "2026-01-31T12:00:00Z", "2026-03-31"],
  ])("%s completed at %s → %s", (rrule, completedAt, expected) => {
    expect(nextAfterCompletion(rrule, completedAt)).toBe(expected);
  });
});

describe("every (from due) vs every! (from completion)", () => {
  it.each([
    // [rule, due date, completed at, next from due, next from completion]
    ["FREQ=DAILY;INTERVAL=3", "2026-01-08", "2026-01-10T12:00:00Z", "2026-01-11", "2026-01-13"],
    ["FREQ=WEEKLY;BYDAY=MO", "2026-01-12", "2026-01-21T12:00:00Z", "2026-01-19", "2026-01-26"],
    ["FREQ=MONTHLY", "2026-01-15", "2026-01-20T12:00:00Z", "2026-02-15", "2026-02-20"],
    ["FREQ=WEEKLY", "2026-01-16", "2026-01-13T12:00:00Z", "2026-01-23", "2026-01-20"],
    ["FREQ=YEARLY", "2026-03-01", "2026-03-05T12:00:00Z", "2027-03-01", "2027-03-05"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-31", "2026-02-02T12:00:00Z", "2026-02-28", "2026-02-28"],
  ])("%s due %s, completed %s: every → %s, every! → %s", (rrule, dueDate, completedAt, fromDue, fromCompletion) => {
    const completed = new Date(completedAt);
    expect(next(rrule, dueDate, { from: "due", completedAt: completed })).toBe(fromDue);
    expect(next(rrule, dueDate, { from: "completion", completedAt: completed })).toBe(fromCompletion);
  });
});

describe("completion day in the user's time zone around DST", () => {
  it.each([
    // New York springs forward on 2026-03-08 at 07:00Z (EST -5 → EDT -4).
    ["America/New_York", "2026-03-08T03:30:00Z", "2026-03-08"],
    ["America/New_York", "2026-03-08T04:59:00Z", "2026-03-08"],
    ["America/New_York", "2026-03-08T05:00:00Z", "2026-03-09"],
    ["America/New_York", "2026-03-09T03:59:00Z", "2026-03-09"],
    ["America/New_York", "2026-03-09T04:00:00Z", "2026-03-10"],
    // ...and falls back on 2026-11-01 at 06:00Z.
    ["America/New_York", "2026-11-01T03:59:00Z", "2026-11-01"],
    ["America/New_York", "2026-11-02T04:30:00Z", "2026-11-02"],
    ["America/New_York", "2026-11-02T05:00:00Z", "2026-11-03"],
    // Berlin springs forward on 2026-03-29 at 01:00Z (CET +1 → CEST +2).
    ["Europe/Berlin", "2026-03-28T22:59:00Z", "2026-03-29"],
    ["Europe/Berlin", "2026-03-28T23:00:00Z", "2026-03-30"],
    ["Europe/Berlin", "2026-03-29T21:59:00Z", "2026-03-30"],
    ["Europe/Berlin", "2026-03-29T23:30:00Z", "2026-03-31"],
    // ...and falls back on 2026-10-25 at 01:00Z.
    ["Europe/Berlin", "2026-10-24T21:59:00Z", "2026-10-25"],
    ["Europe/Berlin", "2026-10-24T22:00:00Z", "2026-10-26"],
    ["Europe/Berlin", "2026-10-25T22:59:00Z", "2026-10-26"],
    ["Europe/Berlin", "2026-10-25T23:00:00Z", "2026-10-27"],
    // The same instant read in UTC is a day later than in New York.
    ["UTC", "2026-03-08T03:30:00Z", "2026-03-09"],
  ])("every! day in %s completed at %s → %s at 09:00", (timeZone, completedAt, expected) => {
    const result = nextOccurrence({
      rrule: "FREQ=DAILY",
      from: "completion",
      dueDate: "2026-01-01",
      dueTime: "09:00",
      completedAt: new Date(completedAt),
      timeZone,
      occurrencesCompleted: 0,
    });
    expect(result).toEqual({ dueDate: expected, dueTime: "09:00" });
  });

  it.each([
    ["America/New_York", "2026-03-07", "2026-03-08"],
    ["America/New_York", "2026-10-31", "2026-11-01"],
    ["Europe/Berlin", "2026-03-28", "2026-03-29"],
    ["Europe/Berlin", "2026-10-24", "2026-10-25"],
  ])("every day in %s due %s 09:00 → %s 09:00 across the switch", (timeZone, dueDate, expected) => {
    const result = nextOccurrence({
      rrule: "FREQ=DAILY",
      from: "due",
      dueDate,
      dueTime: "09:00",
      completedAt: new Date(`${dueDate}T12:00:00Z`),
      timeZone,
      occurrencesCompleted: 0,
    });
    expect(result).toEqual({ dueDate: expected, dueTime: "09:00" });
  });
});

describe("COUNT", () => {
  it.each([
    [0, "2026-01-11"],
    [1, "2026-01-11"],
    [3, "2026-01-11"],
    [4, null],
    [9, null],
  ])("FREQ=DAILY;COUNT=5 with %i done → %s", (occurrencesCompleted, expected) => {
    expect(next("FREQ=DAILY;COUNT=5", "2026-01-10", { occurrencesCompleted })).toBe(expected);
  });

  it("a single-occurrence series ends on its first completion", () => {
    expect(next("FREQ=WEEKLY;COUNT=1", "2026-01-10")).toBeNull();
  });

  it("counts completions, not occurrences from the moved anchor, for every!", () => {
    const completedAt = "2026-01-20T12:00:00Z";
    expect(next("FREQ=DAILY;COUNT=3", "2026-01-10", { from: "completion", completedAt: new Date(completedAt) })).toBe(
      "2026-01-21",
    );
    expect(
      next("FREQ=DAILY;COUNT=3", "2026-01-10", {
        from: "completion",
        completedAt: new Date(completedAt),
        occurrencesCompleted: 2,
      }),
    ).toBeNull();
  });

  it("rejects a negative counter", () => {
    expect(() => next("FREQ=DAILY", "2026-01-10", { occurrencesCompleted: -1 })).toThrow(RangeError);
  });
});

describe("UNTIL", () => {
  it.each([
    ["FREQ=DAILY;UNTIL=20260601", "UTC", "2026-05-31", "2026-06-01"],
    ["FREQ=DAILY;UNTIL=20260601", "UTC", "2026-06-01", null],
    ["FREQ=WEEKLY;UNTIL=20260601", "UTC", "2026-05-25", "2026-06-01"],
    ["FREQ=WEEKLY;UNTIL=20260601", "UTC", "2026-05-26", null],
    ["FREQ=DAILY;UNTIL=20260101", "UTC", "2026-03-01", null],
    // A UTC instant is read as a date in the user's zone: 03:59:59Z on 1 June is still 31 May in New York.
    ["FREQ=DAILY;UNTIL=20260601T035959Z", "America/New_York", "2026-05-30", "2026-05-31"],
    ["FREQ=DAILY;UNTIL=20260601T035959Z", "America/New_York", "2026-05-31", null],
    ["FREQ=DAILY;UNTIL=20260601T035959Z", "UTC", "2026-05-31", "2026-06-01"],
    ["FREQ=DAILY;UNTIL=20260531T220000Z", "Europe/Berlin", "2026-05-31", "2026-06-01"],
  ])("%s in %s from %s → %s", (rrule, timeZone, dueDate, expected) => {
    expect(next(rrule, dueDate, { timeZone })).toBe(expected);
  });
});

describe("rules that never occur", () => {
  it.each([
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
    "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31",
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=MONTHLY;BYMONTH=2,4,6;BYMONTHDAY=31,-31",
    "FREQ=DAILY;INTERVAL=7;BYDAY=MO", // from a Saturday, every 7 days is always a Saturday
    "FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2",
    "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
    "FREQ=MONTHLY;BYDAY=1MO,-1FR;BYSETPOS=3",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=1,2;BYSETPOS=3",
  ])("%s → null, quickly", (rrule) => {
    const started = performance.now();
    expect(next(rrule, "2026-01-10")).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ["FREQ=YEARLY;INTERVAL=100;BYMONTH=2;BYMONTHDAY=29", "2028-02-29", "2128-02-29"],
    ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29", "2026-01-10", "2028-02-29"],
    // Friday the 13th.
    ["FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR", "2026-02-13", "2026-03-13"],
    ["FREQ=DAILY;BYMONTHDAY=13;BYDAY=FR", "2026-03-13", "2026-11-13"],
    ["FREQ=DAILY;INTERVAL=7;BYDAY=SA", "2026-01-10", "2026-01-17"],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=5", "2026-01-10", "2026-03-30"],
    ["FREQ=YEARLY;BYDAY=MO;BYSETPOS=53", "2026-01-10", "2029-12-31"],
  ])("still finds the rare but real %s from %s: %s", (rrule, dueDate, expected) => {
    expect(next(rrule, dueDate)).toBe(expected);
  });

  it("throws on an invalid stored rule", () => {
    expect(() => next("FREQ=HOURLY", "2026-01-10")).toThrow(/daily, weekly, monthly or yearly/);
  });
});

describe("parseRecurrenceRule", () => {
  it.each([
    ["", "Enter a repeat rule."],
    ["   ", "Enter a repeat rule."],
    ["FREQ=HOURLY", "Repeat rules can only be daily, weekly, monthly or yearly."],
    ["FREQ=MINUTELY", "Repeat rules can only be daily, weekly, monthly or yearly."],
    ["FREQ=SECONDLY", "Repeat rules can only be daily, weekly, monthly or yearly."],
    ["FREQ=FORTNIGHTLY", "Repeat rules can only be daily, weekly, monthly or yearly."],
    ["INTERVAL=2", "Say how often it repeats: FREQ=DAILY, WEEKLY, MONTHLY or YEARLY."],
    ["DTSTART=20260101;FREQ=DAILY", "Leave out DTSTART: a repeat starts from the task's due date."],
    ["FREQ=DAILY;BYHOUR=9", "Repeat rules work on whole days: BYHOUR, BYMINUTE and BYSECOND are not supported."],
    ["FREQ=DAILY;BYMINUTE=30", "Repeat rules work on whole days: BYHOUR, BYMINUTE and BYSECOND are not supported."],
    ["FREQ=DAILY;BYSECOND=1", "Repeat rules work on whole days: BYHOUR, BYMINUTE and BYSECOND are not supported."],
    ["FREQ=YEARLY;BYYEARDAY=100", "BYYEARDAY is not supported in repeat rules."],
    ["FREQ=DAILY;FOO=1", "Unknown repeat rule part: FOO."],
    ["FREQ=DAILY;FREQ=WEEKLY", "FREQ appears more than once."],
    ["RRULE:FREQ=DAILY", "Leave out the RRULE: prefix."],
    ["garbage", "Write the rule as parts like FREQ=WEEKLY;BYDAY=MO."],
    ["FREQ=DAILY;;COUNT=2", "Write the rule as parts like FREQ=WEEKLY;BYDAY=MO."],
    ["FREQ=", "Write the rule as parts like FREQ=WEEKLY;BYDAY=MO."],
    ["FREQ=DAILY;INTERVAL=0", "INTERVAL must be a whole number from 1 to 1000."],
    ["FREQ=DAILY;INTERVAL=1001", "INTERVAL must be a whole number from 1 to 1000."],
    ["FREQ=DAILY;INTERVAL=-1", "INTERVAL must be a whole number from 1 to 1000."],
    ["FREQ=DAILY;INTERVAL=1.5", "INTERVAL must be a whole number from 1 to 1000."],
    ["FREQ=DAILY;COUNT=0", "COUNT must be a whole number from 1 to 1000."],
    ["FREQ=DAILY;COUNT=5000", "COUNT must be a whole number from 1 to 1000."],
    ["FREQ=DAILY;COUNT=5;UNTIL=20260601", "Use COUNT or UNTIL, not both."],
    ["FREQ=DAILY;UNTIL=2026-06-01", "UNTIL must be a date like 20260601 or 20260601T235959Z."],
    ["FREQ=DAILY;UNTIL=20260231", "UNTIL must be a date like 20260601 or 20260601T235959Z."],
    ["FREQ=DAILY;UNTIL=20260601T250000Z", "UNTIL must be a date like 20260601 or 20260601T235959Z."],
    ["FREQ=DAILY;UNTIL=20260601T120000", "UNTIL must be a date like 20260601 or 20260601T235959Z."],
    ["FREQ=WEEKLY;BYDAY=XX", "BYDAY must list days like MO,TH or 3FR (3rd Friday) or -1FR (last Friday)."],
    ["FREQ=WEEKLY;BYDAY=MO,", "BYDAY must list days like MO,TH or 3FR (3rd Friday) or -1FR (last Friday)."],
    ["FREQ=WEEKLY;BYDAY=3FR", "Numbered days like 3FR only work in monthly or yearly rules."],
    ["FREQ=MONTHLY;BYDAY=6FR", "A numbered day in a monthly rule goes from 1 to 5 or -1 to -5."],
    ["FREQ=MONTHLY;BYDAY=0FR", "A numbered day in a monthly rule goes from 1 to 5 or -1 to -5."],
    ["FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY must list days from 1 to 31 or -1 to -31."],
    ["FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY must list days from 1 to 31 or -1 to -31."],
    ["FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY does not work in weekly rules."],
    ["FREQ=YEARLY;BYMONTH=13", "BYMONTH must list months from 1 to 12."],
    ["FREQ=YEARLY;BYMONTH=-1", "BYMONTH must list months from 1 to 12."],
    ["FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH."],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400", "BYSETPOS must list positions from 1 to 366 or -1 to -366."],
    ["FREQ=WEEKLY;WKST=XY", "WKST must be a day like MO or SU."],
    [`FREQ=DAILY;${"X".repeat(500)}`, "A repeat rule can be at most 500 characters."],
  ])("rejects %j: %s", (rrule, error) => {
    expect(parseRecurrenceRule(rrule)).toEqual({ ok: false, error });
  });

  it.each([
    [42, "Enter a repeat rule."],
    [null, "Enter a repeat rule."],
  ])("rejects the non-string %j without throwing", (value, error) => {
    // The cast is the point: rules arrive from JSON (MCP, stored rows), where the type does not hold.
    expect(parseRecurrenceRule(value as unknown as string)).toEqual({ ok: false, error });
  });

  it("parses every supported part", () => {
    const result = parseRecurrenceRule(
      "FREQ=MONTHLY;INTERVAL=2;UNTIL=20260601T235959Z;BYDAY=-1FR,MO;BYSETPOS=1;WKST=SU",
    );
    expect(result).toEqual({
      ok: true,
      rule: {
        frequency: "MONTHLY",
        interval: 2,
        count: null,
        until: { kind: "instant", instant: new Date("2026-06-01T23:59:59Z") },
        byDay: [
          { weekday: "FR", ordinal: -1 },
          { weekday: "MO", ordinal: null },
        ],
        byMonthDay: [],
        byMonth: [],
        bySetPos: [1],
        weekStart: "SU",
      },
    });
  });

  it.each([
    ["FREQ=DAILY", "FREQ=DAILY"],
    ["freq=weekly;byday=mo,th;interval=2", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"],
    ["FREQ=MONTHLY;BYDAY=+3FR;", "FREQ=MONTHLY;BYDAY=3FR"],
    ["FREQ=YEARLY;BYMONTHDAY=29;BYMONTH=2;COUNT=4", "FREQ=YEARLY;COUNT=4;BYMONTH=2;BYMONTHDAY=29"],
    ["FREQ=WEEKLY;UNTIL=20260601", "FREQ=WEEKLY;UNTIL=20260601"],
    ["FREQ=DAILY;UNTIL=20260601T035959Z", "FREQ=DAILY;UNTIL=20260601T035959Z"],
  ])("accepts %s and formats it as %s", (rrule, canonical) => {
    const result = parseRecurrenceRule(rrule);
    if (!result.ok) throw new Error(result.error);
    expect(formatRecurrenceRule(result.rule)).toBe(canonical);
  });
});

describe("describeRecurrence", () => {
  it.each([
    ["FREQ=DAILY", "due", "Every day"],
    ["FREQ=DAILY;INTERVAL=2", "due", "Every 2 days"],
    ["FREQ=WEEKLY", "due", "Every week"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "due", "Every 2 weeks on Mon, Thu"],
    ["FREQ=WEEKLY;BYDAY=TH,MO", "due", "Every Mon, Thu"],
    ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "due", "Every weekday"],
    ["FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "due", "Every weekday"],
    ["FREQ=MONTHLY", "due", "Every month"],
    ["FREQ=MONTHLY;INTERVAL=3", "due", "Every 3 months"],
    ["FREQ=MONTHLY;BYDAY=3FR", "due", "Every month on the 3rd Fri"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "due", "Every month on the last Fri"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "due", "Every month on the last day"],
    ["FREQ=MONTHLY;BYMONTHDAY=-2", "due", "Every month on the 2nd-to-last day"],
    ["FREQ=MONTHLY;BYMONTHDAY=1,15", "due", "Every month on the 1st, 15th"],
    ["FREQ=MONTHLY;BYMONTHDAY=22", "due", "Every month on the 22nd"],
    ["FREQ=MONTHLY;BYMONTHDAY=11", "due", "Every month on the 11th"],
    ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "due", "Every month on the last weekday"],
    ["FREQ=YEARLY", "due", "Every year"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "due", "Every year on 29 Feb"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", "due", "Every year on the last day of Feb"],
    ["FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", "due", "Every year on the 4th Thu of Nov"],
    ["FREQ=DAILY;INTERVAL=3", "completion", "Every 3 days after completion"],
    ["FREQ=DAILY;COUNT=6", "due", "Every day, 6 times"],
    ["FREQ=DAILY;COUNT=1", "due", "Every day, once"],
    ["FREQ=WEEKLY;UNTIL=20260601", "due", "Every week, until 1 Jun 2026"],
    ["FREQ=WEEKLY;COUNT=6", "completion", "Every week after completion, 6 times"],
    ["FREQ=HOURLY", "due", "Repeats"],
  ] as const)("%s (%s) → %j", (rrule, from, expected) => {
    expect(describeRecurrence(rrule, from)).toBe(expected);
  });

  it("shows a datetime UNTIL as a date in the user's zone", () => {
    expect(describeRecurrence("FREQ=DAILY;UNTIL=20260601T035959Z", "due", "America/New_York")).toBe(
      "Every day, until 31 May 2026",
    );
    expect(describeRecurrence("FREQ=DAILY;UNTIL=20260601T035959Z", "due")).toBe("Every day, until 1 Jun 2026");
  });
});
