import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDateIn,
  compareDates,
  daysBetween,
  formatClock,
  formatDueLabel,
  formatInstant,
  formatPastDayHeading,
  formatRecentInstant,
  formatWeekdayDate,
  isOverdue,
  isValidDateString,
  isValidTimeZone,
  localDateTimeParts,
  todayIn,
  weekdayOf,
} from "@/lib/dates";

describe("calendarDateIn", () => {
  it.each([
    ["2026-01-01T10:30:00Z", "UTC", "2026-01-01"],
    ["2026-01-01T10:30:00Z", "Pacific/Kiritimati", "2026-01-02"],
    ["2026-01-01T10:30:00Z", "Pacific/Pago_Pago", "2025-12-31"],
    ["2026-01-01T09:59:00Z", "Pacific/Kiritimati", "2026-01-01"],
    ["2026-01-01T11:00:00Z", "Pacific/Pago_Pago", "2026-01-01"],
    ["2026-01-01T18:29:00Z", "Asia/Kolkata", "2026-01-01"],
    ["2026-01-01T18:30:00Z", "Asia/Kolkata", "2026-01-02"],
    ["2026-01-01T15:00:00Z", "Asia/Tokyo", "2026-01-02"],
    ["2026-03-08T03:30:00Z", "America/New_York", "2026-03-07"],
    ["2026-03-29T23:30:00Z", "Europe/Berlin", "2026-03-30"],
    ["2028-02-29T23:30:00Z", "America/Los_Angeles", "2028-02-29"],
  ])("%s in %s is %s", (instant, timeZone, expected) => {
    expect(calendarDateIn(new Date(instant), timeZone)).toBe(expected);
  });

  it("todayIn reads the given instant in the zone", () => {
    expect(todayIn("Pacific/Kiritimati", new Date("2026-06-30T10:00:00Z"))).toBe("2026-07-01");
  });

  it("throws on an unknown zone", () => {
    expect(() => calendarDateIn(new Date(), "Mars/Base")).toThrow(RangeError);
  });
});

describe("localDateTimeParts", () => {
  it.each([
    ["2026-03-08T06:59:00Z", "America/New_York", "2026-03-08", "01:59"],
    ["2026-03-08T07:00:00Z", "America/New_York", "2026-03-08", "03:00"],
    ["2026-01-01T05:00:00Z", "America/New_York", "2026-01-01", "00:00"],
    ["2026-10-25T00:30:00Z", "Europe/Berlin", "2026-10-25", "02:30"],
    ["2026-10-25T01:30:00Z", "Europe/Berlin", "2026-10-25", "02:30"],
  ])("%s in %s is %s %s", (instant, timeZone, date, time) => {
    expect(localDateTimeParts(new Date(instant), timeZone)).toEqual({ date, time });
  });

  it("answers each instant and zone anew after being asked the same one over and over", () => {
    const instant = new Date("2026-01-01T05:00:00Z");
    for (let asked = 0; asked < 3; asked++) {
      expect(localDateTimeParts(instant, "America/New_York")).toEqual({ date: "2026-01-01", time: "00:00" });
    }
    expect(localDateTimeParts(instant, "Asia/Tokyo")).toEqual({ date: "2026-01-01", time: "14:00" });
    expect(localDateTimeParts(new Date("2026-01-01T05:01:00Z"), "Asia/Tokyo")).toEqual({
      date: "2026-01-01",
      time: "14:01",
    });
    expect(localDateTimeParts(instant, "America/New_York")).toEqual({ date: "2026-01-01", time: "00:00" });
  });
});

describe("addDays", () => {
  it.each([
    ["2026-01-10", 1, "2026-01-11"],
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2027-02-28", 1, "2027-03-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2028-01-01", 365, "2028-12-31"],
    ["2026-01-01", 365, "2027-01-01"],
    ["2026-03-07", 1, "2026-03-08"],
    ["2026-10-24", 2, "2026-10-26"],
    ["2026-05-05", 0, "2026-05-05"],
  ])("%s %+d days is %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each(["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", ""])("throws on the non-date %j", (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
  });
});

describe("comparing dates", () => {
  it.each([
    ["2026-01-01", "2026-01-02", -1, 1],
    ["2026-01-02", "2026-01-01", 1, -1],
    ["2026-03-05", "2026-03-05", 0, 0],
    ["2026-02-01", "2026-03-01", -1, 28],
    ["2028-02-01", "2028-03-01", -1, 29],
    ["2026-01-01", "2027-01-01", -1, 365],
  ])("%s vs %s: order %i, %i days apart", (a, b, order, days) => {
    expect(compareDates(a, b)).toBe(order);
    expect(daysBetween(a, b)).toBe(days);
  });

  it.each([
    ["2026-01-01", 4],
    ["2026-01-04", 0],
    ["2026-01-10", 6],
    ["2028-02-29", 2],
  ])("%s falls on weekday %i", (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it.each([
    ["2026-02-28", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    // Centuries are leap years only when divisible by 400.
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2100-02-29", false],
    ["2026-12-31", true],
    ["2026-12-32", false],
    ["2026-04-31", false],
    ["2026-00-10", false],
    ["2026-01-1", false],
    ["2026-01-01T00:00", false],
  ])("isValidDateString(%j) is %s", (date, valid) => {
    expect(isValidDateString(date)).toBe(valid);
  });
});

describe("isValidTimeZone", () => {
  it.each([
    ["Europe/Paris", true],
    ["UTC", true],
    ["America/New_York", true],
    ["Pacific/Kiritimati", true],
    ["Etc/GMT+2", true],
    ["", false],
    ["Mars/Base", false],
    ["+02:00", false],
    ["-05:00", false],
    ["Europe/Paris ", false],
    ["../../etc/passwd", false],
  ])("%j is %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe("isOverdue", () => {
  // 15:00 on Tuesday 10 March 2026 in Berlin (CET, +1).
  const now = new Date("2026-03-10T14:00:00Z");

  it.each([
    ["2026-03-09", null, true],
    ["2026-03-10", null, false],
    ["2026-03-11", null, false],
    ["2026-03-09", "23:59", true],
    ["2026-03-10", "14:59", true],
    ["2026-03-10", "15:00", false],
    ["2026-03-10", "15:01", false],
    ["2026-03-11", "00:00", false],
    [null, null, false],
  ])("due %s %s in Berlin: %s", (dueDate, dueTime, expected) => {
    expect(isOverdue({ dueDate, dueTime }, now, "Europe/Berlin")).toBe(expected);
  });

  it("depends on the zone: late on 9 March in New York is already 10 March in UTC", () => {
    const lateEvening = new Date("2026-03-10T03:00:00Z");
    expect(isOverdue({ dueDate: "2026-03-09", dueTime: null }, lateEvening, "America/New_York")).toBe(false);
    expect(isOverdue({ dueDate: "2026-03-09", dueTime: null }, lateEvening, "UTC")).toBe(true);
    expect(isOverdue({ dueDate: "2026-03-09", dueTime: "22:30" }, lateEvening, "America/New_York")).toBe(true);
  });
});

describe("formatDueLabel", () => {
  // Tuesday.
  const today = "2026-03-10";

  it.each([
    ["2026-03-10", null, "Today"],
    ["2026-03-11", null, "Tomorrow"],
    ["2026-03-09", null, "Yesterday"],
    ["2026-03-12", null, "Thu"],
    ["2026-03-16", null, "Mon"],
    ["2026-03-17", null, "17 Mar"],
    ["2026-03-01", null, "1 Mar"],
    ["2026-12-31", null, "31 Dec"],
    ["2027-03-12", null, "12 Mar 2027"],
    ["2025-12-31", null, "31 Dec 2025"],
    ["2026-03-10", "09:30", "Today 09:30"],
    ["2026-03-13", "18:00", "Fri 18:00"],
    ["2027-01-02", "07:05", "2 Jan 2027 07:05"],
  ])("%s %s → %j", (dueDate, dueTime, expected) => {
    expect(formatDueLabel(dueDate, dueTime, today, "h23")).toBe(expected);
  });

  it("writes the time on the 12-hour clock when the user reads one", () => {
    expect(formatDueLabel("2026-03-10", "15:30", today, "h12")).toBe("Today 3:30 pm");
    expect(formatDueLabel("2027-01-02", "07:05", today, "h12")).toBe("2 Jan 2027 7:05 am");
    expect(formatDueLabel("2026-03-11", null, today, "h12")).toBe("Tomorrow");
  });
});

describe("formatClock", () => {
  it.each([
    ["00:00", "00:00", "12:00 am"],
    ["00:05", "00:05", "12:05 am"],
    ["09:30", "09:30", "9:30 am"],
    ["11:59", "11:59", "11:59 am"],
    ["12:00", "12:00", "12:00 pm"],
    ["12:30", "12:30", "12:30 pm"],
    ["15:30:00", "15:30", "3:30 pm"],
    ["23:59", "23:59", "11:59 pm"],
  ])("%s → %j (24-hour), %j (12-hour)", (time, h23, h12) => {
    expect(formatClock(time, "h23")).toBe(h23);
    expect(formatClock(time, "h12")).toBe(h12);
  });
});

describe("formatWeekdayDate", () => {
  it.each([
    ["2026-12-07", "Mon 7 Dec"],
    ["2026-12-31", "Thu 31 Dec"],
    ["2027-01-01", "Fri 1 Jan 2027"],
  ])("%s → %j", (date, expected) => {
    expect(formatWeekdayDate(date, "2026-12-06")).toBe(expected);
  });
});

describe("formatInstant", () => {
  it("writes an instant in the user's zone, across a date line", () => {
    const instant = new Date("2026-11-26T23:30:00Z");
    expect(formatInstant(instant, "UTC", "h23")).toBe("26 Nov 2026, 23:30");
    expect(formatInstant(instant, "Asia/Tokyo", "h23")).toBe("27 Nov 2026, 08:30");
    expect(formatInstant(instant, "America/Los_Angeles", "h23")).toBe("26 Nov 2026, 15:30");
  });

  it("writes midnight and noon on either clock, in each zone's own wall time", () => {
    const midnightInTokyo = new Date("2026-11-26T15:00:00Z");
    expect(formatInstant(midnightInTokyo, "Asia/Tokyo", "h12")).toBe("27 Nov 2026, 12:00 am");
    expect(formatInstant(midnightInTokyo, "Asia/Tokyo", "h23")).toBe("27 Nov 2026, 00:00");
    const noonInLosAngeles = new Date("2026-11-26T20:00:00Z");
    expect(formatInstant(noonInLosAngeles, "America/Los_Angeles", "h12")).toBe("26 Nov 2026, 12:00 pm");
    expect(formatInstant(noonInLosAngeles, "UTC", "h12")).toBe("26 Nov 2026, 8:00 pm");
  });
});

describe("formatRecentInstant", () => {
  it("leaves out the year of today's zone, and writes it for another year", () => {
    const instant = new Date("2026-12-03T15:30:00Z");
    expect(formatRecentInstant(instant, "UTC", "2026-12-06", "h23")).toBe("3 Dec, 15:30");
    expect(formatRecentInstant(instant, "UTC", "2026-12-06", "h12")).toBe("3 Dec, 3:30 pm");
    expect(formatRecentInstant(instant, "Pacific/Auckland", "2027-01-02", "h12")).toBe("4 Dec 2026, 4:30 am");
  });
});

describe("formatPastDayHeading", () => {
  // Sunday.
  const today = "2026-12-06";

  it.each([
    ["2026-12-06", "Today"],
    ["2026-12-05", "Yesterday"],
    ["2026-12-03", "Thu 3 Dec"],
    ["2026-11-29", "Sun 29 Nov"],
    ["2025-12-31", "Wed 31 Dec 2025"],
  ])("%s → %j", (date, expected) => {
    expect(formatPastDayHeading(date, today)).toBe(expected);
  });
});
