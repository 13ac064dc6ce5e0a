import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { addDays, instantIn } from "@/lib/dates";
import { formatOffset, timeZoneComponent } from "./vtimezone";

/** Zones north and south, with no DST, a half-hour DST (Lord Howe) and a 45-minute offset (Chatham). */
const ZONES = [
  "America/New_York",
  "Europe/London",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Asia/Kolkata",
  "America/Sao_Paulo",
];

describe("formatOffset", () => {
  it("writes hours and minutes with a sign", () => {
    expect([formatOffset(60), formatOffset(-300), formatOffset(345), formatOffset(0)]).toEqual([
      "+0100",
      "-0500",
      "+0545",
      "+0000",
    ]);
  });
});

describe("timeZoneComponent", () => {
  it.each(ZONES)("%s: an independent parser puts each day's 04:00, 12:00 and 23:30 where Intl does", (zone) => {
    const text = `BEGIN:VCALENDAR\r\n${timeZoneComponent(zone, 2025, 2027).join("\r\n")}\r\nEND:VCALENDAR\r\n`;
    const definition = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vtimezone");
    if (!definition) throw new Error("no VTIMEZONE");
    const timezone = new ICAL.Timezone(definition);
    // Wall-clock times outside every change's gap or overlap (those fall between 00:00 and 03:00 here).
    for (let date = "2025-01-01"; date < "2028-01-01"; date = addDays(date, 1)) {
      const [year, month, day] = date.split("-").map(Number);
      for (const [hour, minute] of [
        [4, 0],
        [12, 0],
        [23, 30],
      ] as const) {
        const time = ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false }, timezone);
        const clock = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
        expect(time.toUnixTime() * 1000, `${zone} ${date} ${clock}`).toBe(instantIn(date, clock, zone).getTime());
      }
    }
  });

  it("is one observance for a zone without changes", () => {
    expect(timeZoneComponent("Asia/Kolkata", 2020, 2030).filter((line) => line.startsWith("BEGIN:"))).toEqual([
      "BEGIN:VTIMEZONE",
      "BEGIN:STANDARD",
    ]);
  });
});
