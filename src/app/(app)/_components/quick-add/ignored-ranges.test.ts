import { describe, expect, it } from "vitest";
import { afterEdit, stillIgnored } from "./ignored-ranges";

const friday = { start: 5, end: 11, text: "friday" };

describe("afterEdit", () => {
  it("moves a kept part with its words when text is typed or deleted before it", () => {
    const moved = afterEdit([friday], "Meet friday", "Team Meet friday");
    expect(moved).toEqual([{ start: 10, end: 16, text: "friday" }]);
    expect(stillIgnored(moved, "Team Meet friday")).toEqual(moved);
    expect(afterEdit([friday], "Meet friday", "Met friday")).toEqual([{ start: 4, end: 10, text: "friday" }]);
  });

  it("keeps it where it is when the edit is after it, or right at its end", () => {
    expect(afterEdit([friday], "Meet friday", "Meet friday p1")).toEqual([friday]);
  });

  it("drops it when the edit changes its words: they are read afresh", () => {
    expect(afterEdit([friday], "Meet friday", "Meet fri")).toEqual([]);
    expect(afterEdit([friday], "Meet friday", "Meet monday")).toEqual([]);
  });
});

describe("stillIgnored", () => {
  it("drops a range whose text is no longer there", () => {
    expect(stillIgnored([friday], "Meet monday!")).toEqual([]);
  });
});
