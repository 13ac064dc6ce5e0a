import { describe, expect, it } from "vitest";
import { selectionAfterClick } from "./selection-range";

const listed = ["a", "b", "c", "d", "e"];
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe("selectionAfterClick", () => {
  it("toggles the one task on a plain click", () => {
    expect(sorted(selectionAfterClick(new Set(), listed, null, "b", false))).toEqual(["b"]);
    expect(sorted(selectionAfterClick(new Set(["b", "c"]), listed, "c", "b", false))).toEqual(["c"]);
  });

  it("adds every task between the previous click and this one on a shift-click, either way", () => {
    expect(sorted(selectionAfterClick(new Set(["b"]), listed, "b", "d", true))).toEqual(["b", "c", "d"]);
    expect(sorted(selectionAfterClick(new Set(["d"]), listed, "d", "a", true))).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps what was selected outside the range, and never unselects inside it", () => {
    expect(sorted(selectionAfterClick(new Set(["a", "c"]), listed, "c", "e", true))).toEqual(["a", "c", "d", "e"]);
  });

  it("treats a shift-click as a plain click with no previous click, or one on a task no longer listed", () => {
    expect(sorted(selectionAfterClick(new Set(), listed, null, "c", true))).toEqual(["c"]);
    expect(sorted(selectionAfterClick(new Set(["c"]), listed, "gone", "c", true))).toEqual([]);
  });

  it("leaves the given set alone", () => {
    const before = new Set(["a"]);
    selectionAfterClick(before, listed, "a", "c", true);
    expect(sorted(before)).toEqual(["a"]);
  });
});
