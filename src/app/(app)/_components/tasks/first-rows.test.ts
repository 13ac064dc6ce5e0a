import { describe, expect, it } from "vitest";
import { firstRows } from "./first-rows";

const tasksOf = ({ tasks }: { tasks: string[] }) => tasks;

describe("firstRows", () => {
  it("draws the first sections' rows first, up to the limit in all", () => {
    const sections = [{ tasks: ["a", "b", "c"] }, { tasks: ["d", "e"] }, { tasks: ["f"] }];
    const rows = (limit: number) => firstRows(sections, limit, tasksOf).map((drawn) => drawn.rows);
    expect(rows(4)).toEqual([["a", "b", "c"], ["d"], []]);
    expect(rows(2)).toEqual([["a", "b"], [], []]);
    expect(firstRows(sections, 2, tasksOf).map((drawn) => drawn.section)).toEqual(sections);
  });

  it("draws every row without a limit", () => {
    const sections = [{ tasks: ["a", "b"] }, { tasks: ["c"] }];
    expect(firstRows(sections, Number.POSITIVE_INFINITY, tasksOf).map((drawn) => drawn.rows)).toEqual([
      ["a", "b"],
      ["c"],
    ]);
  });
});
