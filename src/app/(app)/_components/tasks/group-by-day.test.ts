import { describe, expect, it } from "vitest";
import { groupByDay } from "./group-by-day";

// 2026-12-07 is a Monday.
const today = "2026-12-07";
const task = (id: string, dueDate: string | null) => ({ id, dueDate });
const ids = (sections: ReturnType<typeof groupByDay<{ id: string; dueDate: string | null }>>) =>
  sections.map(({ heading, tasks }) => [heading, tasks.map((item) => item.id)]);

describe("groupByDay", () => {
  it("makes one section per day of the next 7 days, named as on the page, in the list's order", () => {
    const tasks = [task("a", "2026-12-07"), task("b", "2026-12-08"), task("c", "2026-12-08"), task("d", "2026-12-10")];
    expect(ids(groupByDay(tasks, today))).toEqual([
      ["Today", ["a"]],
      ["Tomorrow", ["b", "c"]],
      ["Thursday", ["d"]],
    ]);
  });

  it("puts everything after the 7th day, and undated tasks, under Later", () => {
    const tasks = [task("a", "2026-12-13"), task("b", "2026-12-14"), task("c", null), task("d", "2027-03-01")];
    expect(ids(groupByDay(tasks, today))).toEqual([
      ["Sunday", ["a"]],
      ["Later", ["b", "c", "d"]],
    ]);
  });

  it("has no section for a day without tasks, and none at all for no tasks", () => {
    expect(groupByDay([], today)).toEqual([]);
    expect(ids(groupByDay([task("a", "2026-12-09")], today))).toEqual([["Wednesday", ["a"]]]);
  });

  it("keeps a section's place where its first task was", () => {
    const tasks = [task("a", "2026-12-08"), task("b", null), task("c", "2026-12-08")];
    expect(ids(groupByDay(tasks, today))).toEqual([
      ["Tomorrow", ["a", "c"]],
      ["Later", ["b"]],
    ]);
  });
});
