import { describe, expect, it } from "vitest";
import { describeOffset, describeReminder } from "./reminder-text";

describe("reminder wording", () => {
  it.each([
    [0, "At the due time"],
    [1, "1 minute before"],
    [30, "30 minutes before"],
    [60, "1 hour before"],
    [90, "90 minutes before"],
    [120, "2 hours before"],
    [1440, "1 day before"],
    [2 * 1440, "2 days before"],
    [36 * 60, "36 hours before"],
  ])("%i minutes: %s", (minutes, text) => {
    expect(describeOffset(minutes)).toBe(text);
  });

  it("shows instants in the user's zone", () => {
    const at = new Date("2026-03-09T13:30:00Z");
    expect(
      describeReminder({ kind: "absolute", remindAt: at, minutesBefore: null, nextAt: at }, "America/New_York", "h23"),
    ).toBe("9 Mar 2026, 09:30");
    expect(describeReminder({ kind: "relative", remindAt: null, minutesBefore: 30, nextAt: at }, "UTC", "h23")).toBe(
      "30 minutes before (9 Mar 2026, 13:30)",
    );
    expect(describeReminder({ kind: "relative", remindAt: null, minutesBefore: 60, nextAt: null }, "UTC", "h23")).toBe(
      "1 hour before (no due date)",
    );
  });

  it("writes the time on the user's clock", () => {
    const at = new Date("2026-03-09T13:30:00Z");
    expect(describeReminder({ kind: "absolute", remindAt: at, minutesBefore: null, nextAt: at }, "UTC", "h12")).toBe(
      "9 Mar 2026, 1:30 pm",
    );
  });
});
