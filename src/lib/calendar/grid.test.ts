import { describe, expect, it } from "vitest";
import {
  addMonths,
  calendarTitle,
  dayCellLabel,
  dayForKey,
  monthWeeks,
  readCalendarState,
  startOfWeek,
  stepCalendar,
  visibleRange,
  weekDays,
} from "@/lib/calendar/grid";
import { todayIn } from "@/lib/dates";

describe("weeks", () => {
  it("start on Monday by default, whatever the day", () => {
    expect(startOfWeek("2026-12-07")).toBe("2026-12-07"); // a Monday
    expect(startOfWeek("2026-12-13")).toBe("2026-12-07"); // the Sunday after
    expect(startOfWeek("2026-12-09")).toBe("2026-12-07");
  });

  it("start on another day when asked (Sunday = 7, Saturday = 6)", () => {
    expect(startOfWeek("2026-12-09", 7)).toBe("2026-12-06");
    expect(startOfWeek("2026-12-06", 7)).toBe("2026-12-06");
    expect(startOfWeek("2026-12-09", 6)).toBe("2026-12-05");
  });

  it("cross a year end, and keep seven distinct days over a daylight-saving change", () => {
    expect(weekDays("2026-12-31")).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
    // Europe moves its clocks on 29 March 2026, the US on 8 March and 1 November.
    for (const date of ["2026-03-29", "2026-03-08", "2026-11-01"]) {
      expect(new Set(weekDays(date)).size).toBe(7);
      expect(weekDays(date)).toContain(date);
    }
  });
});

describe("months", () => {
  it("are whole weeks covering the month, padded from the neighbours", () => {
    const weeks = monthWeeks("2026-12-15");
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe("2026-11-30");
    expect(weeks.at(-1)?.[6]).toBe("2027-01-03");
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it("take four rows for a February that fits, six for a long spread", () => {
    expect(monthWeeks("2027-02-10")).toHaveLength(4); // 1 Feb 2027 is a Monday, 28 days
    expect(monthWeeks("2026-08-01")).toHaveLength(6); // 1 Aug 2026 is a Saturday, 31 days
  });

  it("step to the same day, kept inside shorter months", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });
});

describe("the view's state", () => {
  it("is read from the URL, anything unreadable falling back to the week of today", () => {
    expect(readCalendarState({ view: "month", date: "2026-12-07" }, "2026-12-06")).toEqual({
      view: "month",
      date: "2026-12-07",
    });
    expect(readCalendarState({ view: "year", date: "2026-02-30" }, "2026-12-06")).toEqual({
      view: "week",
      date: "2026-12-06",
    });
    expect(readCalendarState({}, "2026-12-06")).toEqual({ view: "week", date: "2026-12-06" });
  });

  it("moves by a week or a month, and names its range", () => {
    expect(stepCalendar({ view: "week", date: "2026-12-07" }, 1)).toEqual({ view: "week", date: "2026-12-14" });
    expect(stepCalendar({ view: "month", date: "2026-12-31" }, -1)).toEqual({ view: "month", date: "2026-11-30" });
    expect(visibleRange({ view: "week", date: "2026-12-09" })).toEqual({ from: "2026-12-07", to: "2026-12-13" });
    expect(visibleRange({ view: "month", date: "2026-12-09" })).toEqual({ from: "2026-11-30", to: "2027-01-03" });
    expect(calendarTitle({ view: "month", date: "2026-12-09" })).toBe("December 2026");
    expect(calendarTitle({ view: "week", date: "2026-12-09" })).toBe("7 – 13 December 2026");
    expect(calendarTitle({ view: "week", date: "2026-12-31" })).toBe("28 December 2026 – 3 January 2027");
    expect(calendarTitle({ view: "week", date: "2026-11-30" })).toBe("30 November – 6 December 2026");
  });
});

describe("the grid's keys", () => {
  it.each([
    ["ArrowLeft", "2026-12-06"],
    ["ArrowRight", "2026-12-08"],
    ["ArrowUp", "2026-11-30"],
    ["ArrowDown", "2026-12-14"],
    ["Home", "2026-12-07"],
    ["End", "2026-12-13"],
    ["PageUp", "2026-11-07"],
    ["PageDown", "2027-01-07"],
    ["Enter", null],
  ])("%s from Monday 7 December goes to %s", (key, expected) => {
    expect(dayForKey("2026-12-07", key)).toBe(expected);
  });

  it("label a day with its weekday, date and count", () => {
    expect(dayCellLabel("2026-12-07", "2026-12-06", 3)).toBe("Monday 7 December, 3 tasks");
    expect(dayCellLabel("2026-12-06", "2026-12-06", 1)).toBe("Sunday 6 December (today), 1 task");
    expect(dayCellLabel("2027-01-04", "2026-12-06", 0)).toBe("Monday 4 January 2027, no tasks");
  });
});

describe("today, in the user's zone", () => {
  it("decides which week is shown at an instant that is two dates around the world", () => {
    const instant = new Date("2026-12-13T23:30:00Z"); // Sunday night in London, Monday in Tokyo
    expect(startOfWeek(todayIn("Europe/London", instant))).toBe("2026-12-07");
    expect(startOfWeek(todayIn("Asia/Tokyo", instant))).toBe("2026-12-14");
    expect(startOfWeek(todayIn("America/Los_Angeles", instant))).toBe("2026-12-07");
  });
});
