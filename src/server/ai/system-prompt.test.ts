import { describe, expect, it } from "vitest";
import { systemPrompt } from "./system-prompt";

describe("systemPrompt", () => {
  it("gives today's date in the user's time zone, and says task text is data", () => {
    // 23:30 UTC on Thursday 26 November is already Friday 27 November in Tokyo.
    const now = new Date("2026-11-26T23:30:00Z");
    expect(systemPrompt({ name: "Ada", timeZone: "Asia/Tokyo" }, now)).toContain(
      "Today is Friday 2026-11-27 and the time is 08:30 in the user's time zone (Asia/Tokyo)",
    );
    expect(systemPrompt({ name: "Ada", timeZone: "UTC" }, now)).toContain("Today is Thursday 2026-11-26");
    expect(systemPrompt({ name: "Ada", timeZone: "UTC" }, now)).toMatch(/data .*not instructions/);
  });
});
