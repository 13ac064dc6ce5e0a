import { describe, expect, it } from "vitest";
import { serverTimingHeader } from "./server-timing";

describe("serverTimingHeader", () => {
  it("lists each entry with its duration to a tenth of a millisecond and an optional description", () => {
    expect(
      serverTimingHeader([
        { name: "db", durationMs: 12.345, description: "Database" },
        { name: "total", durationMs: 45.61 },
      ]),
    ).toBe('db;dur=12.3;desc="Database", total;dur=45.6');
  });

  it("never writes a negative duration or a quote that would break the header", () => {
    expect(serverTimingHeader([{ name: "db", durationMs: -1, description: 'say "hi"' }])).toBe(
      'db;dur=0;desc="say hi"',
    );
  });
});
