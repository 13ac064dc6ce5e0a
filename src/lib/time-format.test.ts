import { describe, expect, it } from "vitest";
import { FALLBACK_HOUR_CYCLE, hourCycleOfAcceptLanguage, hourCycleOfLocale, resolveHourCycle } from "./time-format";

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

describe("hourCycleOfAcceptLanguage", () => {
  it("reads the browser's first language", () => {
    expect(hourCycleOfAcceptLanguage("en-US,en;q=0.9")).toBe("h12");
    expect(hourCycleOfAcceptLanguage("en-GB,en-US;q=0.9,en;q=0.8")).toBe("h23");
    expect(hourCycleOfAcceptLanguage(" de-DE ; q=1 , en-US;q=0.5")).toBe("h23");
    expect(hourCycleOfAcceptLanguage("ko")).toBe("h12");
  });

  it("gives the fallback when the header names no usable language", () => {
    for (const header of [null, undefined, "", "*", "*;q=0.5, en-US", "x-not a tag", `en-${"a".repeat(80)}`]) {
      expect(hourCycleOfAcceptLanguage(header)).toBe(FALLBACK_HOUR_CYCLE);
    }
  });

  it("answers each language rightly, seen before or not, however many it has seen", () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 150; i++) {
        expect(hourCycleOfAcceptLanguage(`en-US-x-r${i}`)).toBe("h12");
        expect(hourCycleOfAcceptLanguage(`de-DE-x-r${i}`)).toBe("h23");
      }
    }
  });
});
