import { describe, expect, it } from "vitest";
import { instantIn } from "./dates";

describe("instantIn", () => {
  it.each([
    ["2026-03-07", "10:00", "America/New_York", "2026-03-07T15:00:00.000Z"],
    ["2026-03-09", "10:00", "America/New_York", "2026-03-09T14:00:00.000Z"],
    ["2026-03-08", "03:30", "America/New_York", "2026-03-08T07:30:00.000Z"],
    // 02:30 does not exist that day: the clock jumps from 02:00 to 03:00.
    ["2026-03-08", "02:30", "America/New_York", "2026-03-08T07:30:00.000Z"],
    // 01:30 happens twice: the first (EDT).
    ["2026-11-01", "01:30", "America/New_York", "2026-11-01T05:30:00.000Z"],
    ["2026-06-01", "09:00", "Europe/Berlin", "2026-06-01T07:00:00.000Z"],
    ["2026-01-01", "00:00", "Asia/Kolkata", "2025-12-31T18:30:00.000Z"],
    ["2026-07-15", "23:59", "UTC", "2026-07-15T23:59:00.000Z"],
  ])("%s %s in %s is %s", (date, time, zone, expected) => {
    expect(instantIn(date, time, zone).toISOString()).toBe(expected);
  });
});
