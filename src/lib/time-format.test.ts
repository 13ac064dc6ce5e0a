import { describe, expect, it } from "vitest";
import { hourCycleOfLocale, resolveHourCycle } from "./time-format";

describe("resolveHourCycle", () => {
  it("keeps a fixed choice whatever the language says", () => {
    expect(resolveHourCycle("12h", "h23")).toBe("h12");
    expect(resolveHourCycle("24h", "h12")).toBe("h23");
  });

  it("follows the reader's language when automatic", () => {
    expect(resolveHourCycle("auto", "h12")).toBe("h12");
    expect(resolveHourCycle("auto", "h23")).toBe("h23");
  });
});

describe("hourCycleOfLocale", () => {
  it("reads 12-hour languages as 12-hour and 24-hour ones as 24-hour", () => {
    expect(hourCycleOfLocale("en-US")).toBe("h12");
    expect(hourCycleOfLocale("ja-JP")).toBe("h23");
    expect(hourCycleOfLocale("en-GB")).toBe("h23");
    expect(hourCycleOfLocale("de-DE")).toBe("h23");
  });
});
