import { describe, expect, it } from "vitest";
import { todayIn } from "@/lib/dates";
import { monthGrid, nextWeek, quickChoices, thisWeekend } from "@/lib/schedule-choices";

// 2026-12-07 is a Monday.
const week = {
  monday: "2026-12-07",
  wednesday: "2026-12-09",
  friday: "2026-12-11",
  saturday: "2026-12-12",
  sunday: "2026-12-13",
};

describe("thisWeekend", () => {
  it("is the coming Saturday on a weekday, today on a Saturday or a Sunday", () => {
    expect(thisWeekend(week.monday)).toBe(week.saturday);
    expect(thisWeekend(week.friday)).toBe(week.saturday);
    expect(thisWeekend(week.saturday)).toBe(week.saturday);
    expect(thisWeekend(week.sunday)).toBe(week.sunday);
  });

  it("crosses a month and a year end", () => {
    expect(thisWeekend("2026-12-31")).toBe("2027-01-02");
  });
});

describe("nextWeek", () => {
  it("is the next Monday, a week on when today is a Monday", () => {
    expect(nextWeek(week.wednesday)).toBe("2026-12-14");
    expect(nextWeek(week.saturday)).toBe("2026-12-14");
    expect(nextWeek(week.sunday)).toBe("2026-12-14");
    expect(nextWeek(week.monday)).toBe("2026-12-14");
    expect(nextWeek("2026-12-29")).toBe("2027-01-04");
  });
});

describe("quickChoices", () => {
  it("names each choice's date and weekday", () => {
    expect(quickChoices(week.friday)).toEqual([
      { key: "today", label: "Today", date: week.friday, weekday: "Fri" },
      { key: "tomorrow", label: "Tomorrow", date: week.saturday, weekday: "Sat" },
      { key: "weekend", label: "This weekend", date: week.saturday, weekday: "Sat" },
      { key: "nextWeek", label: "Next week", date: "2026-12-14", weekday: "Mon" },
    ]);
  });

  it("counts from today in the user's zone: one instant is Sunday in Tokyo and Saturday in New York", () => {
    const instant = new Date("2026-12-12T20:00:00Z");
    const tokyo = quickChoices(todayIn("Asia/Tokyo", instant));
    const newYork = quickChoices(todayIn("America/New_York", instant));
    expect(tokyo.map((choice) => [choice.key, choice.date])).toEqual([
      ["today", week.sunday],
      ["tomorrow", "2026-12-14"],
      ["weekend", week.sunday],
      ["nextWeek", "2026-12-14"],
    ]);
    expect(newYork.map((choice) => [choice.key, choice.date])).toEqual([
      ["today", week.saturday],
      ["tomorrow", week.sunday],
      ["weekend", week.saturday],
      ["nextWeek", "2026-12-14"],
    ]);
  });

  it("moves on at midnight in the zone, not in UTC", () => {
    // 23:30 on Sunday in Los Angeles is already Monday in UTC.
    const lateSunday = new Date("2026-12-14T07:30:00Z");
    expect(quickChoices(todayIn("America/Los_Angeles", lateSunday))[3]?.date).toBe("2026-12-14");
    expect(quickChoices(todayIn("UTC", lateSunday))[3]?.date).toBe("2026-12-21");
  });
});

describe("monthGrid", () => {
  it("lays a month out in weeks from Monday, padded with nulls", () => {
    const december = monthGrid(2026, 12);
    expect(december).toHaveLength(5);
    expect(december[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(december[4]).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
    expect(december.flat().filter(Boolean)).toHaveLength(31);
  });

  it("gives February of a leap year its 29th", () => {
    expect(monthGrid(2028, 2).flat().filter(Boolean).at(-1)).toBe("2028-02-29");
  });
});
