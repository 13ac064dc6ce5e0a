import { describe, expect, it } from "vitest";
import { todayIn } from "@/lib/dates";
import {
  extendedLastDay,
  firstLastDay,
  groupByDay,
  lastCompleteDay,
  needsNextPage,
  nextTaskDay,
  type UpcomingDay,
} from "./group-by-day";

// 2026-12-07 is a Monday.
const today = "2026-12-07";
type Item = { id: string; dueDate: string | null };
const task = (id: string, dueDate: string | null): Item => ({ id, dueDate });
const ids = (days: UpcomingDay<Item>[]) => days.map(({ heading, tasks }) => [heading, tasks.map((item) => item.id)]);

describe("groupByDay", () => {
  it("has every day from today to the last one, empty days included, named with their date", () => {
    const tasks = [task("a", "2026-12-07"), task("b", "2026-12-08"), task("c", "2026-12-08"), task("d", "2026-12-10")];
    expect(ids(groupByDay(tasks, today, "2026-12-13"))).toEqual([
      ["Today · Mon 7 Dec", ["a"]],
      ["Tomorrow · Tue 8 Dec", ["b", "c"]],
      ["Wed 9 Dec", []],
      ["Thu 10 Dec", ["d"]],
      ["Fri 11 Dec", []],
      ["Sat 12 Dec", []],
      ["Sun 13 Dec", []],
    ]);
  });

  it("starts with 4 weeks, across a month and a year, each day once and in order", () => {
    const days = groupByDay([], today, firstLastDay(today));
    expect(days).toHaveLength(28);
    expect(days.map((day) => day.date)).toEqual(
      Array.from({ length: 28 }, (_, index) => new Date(Date.UTC(2026, 11, 7 + index)).toISOString().slice(0, 10)),
    );
    expect(days.at(-1)?.heading).toBe("Sun 3 Jan 2027");
    expect(days.every((day) => day.tasks.length === 0)).toBe(true);
  });

  it("leaves tasks after the last day, and undated ones, out of the days", () => {
    const tasks = [task("a", "2026-12-09"), task("b", "2026-12-10"), task("c", null), task("d", "2027-03-01")];
    expect(ids(groupByDay(tasks, today, "2026-12-09"))).toEqual([
      ["Today · Mon 7 Dec", []],
      ["Tomorrow · Tue 8 Dec", []],
      ["Wed 9 Dec", ["a"]],
    ]);
  });

  it("shows a task whose day has passed under today, not hidden", () => {
    const tasks = [task("late", "2026-12-05"), task("now", "2026-12-07")];
    expect(ids(groupByDay(tasks, today, "2026-12-08"))).toEqual([
      ["Today · Mon 7 Dec", ["late", "now"]],
      ["Tomorrow · Tue 8 Dec", []],
    ]);
  });

  it("has no days when the last day is before today", () => {
    expect(groupByDay([task("a", "2026-12-07")], today, "2026-12-06")).toEqual([]);
  });

  it("starts on today in the user's time zone: one instant is Monday in Los Angeles and Tuesday in Auckland", () => {
    const instant = new Date("2026-12-07T11:30:00Z");
    const tasks = [task("a", "2026-12-08")];
    const inLosAngeles = todayIn("America/Los_Angeles", instant);
    const inAuckland = todayIn("Pacific/Auckland", instant);
    expect(ids(groupByDay(tasks, inLosAngeles, firstLastDay(inLosAngeles)).slice(0, 2))).toEqual([
      ["Today · Mon 7 Dec", []],
      ["Tomorrow · Tue 8 Dec", ["a"]],
    ]);
    expect(ids(groupByDay(tasks, inAuckland, firstLastDay(inAuckland)).slice(0, 1))).toEqual([
      ["Today · Tue 8 Dec", ["a"]],
    ]);
  });

  it("counts calendar days across a daylight-saving change (New York, 8 March 2026)", () => {
    const days = groupByDay([task("a", "2026-03-09")], "2026-03-07", "2026-03-10");
    expect(ids(days)).toEqual([
      ["Today · Sat 7 Mar", []],
      ["Tomorrow · Sun 8 Mar", []],
      ["Mon 9 Mar", ["a"]],
      ["Tue 10 Mar", []],
    ]);
  });
});

describe("paging the days", () => {
  const loaded = [task("a", "2026-12-08"), task("b", "2026-12-20"), task("c", "2026-12-24")];

  it("shows every day of the range once every page has loaded", () => {
    expect(lastCompleteDay(loaded, "2027-01-03", false)).toBe("2027-01-03");
    expect(needsNextPage(loaded, "2027-01-03", false)).toBe(false);
  });

  it("while pages wait, shows only the days before the last loaded task's, and asks for the next page", () => {
    // 24 Dec may go on in the next page.
    expect(lastCompleteDay(loaded, "2027-01-03", true)).toBe("2026-12-23");
    expect(needsNextPage(loaded, "2027-01-03", true)).toBe(true);
  });

  it("needs no more pages once a loaded task is past the range", () => {
    expect(lastCompleteDay(loaded, "2026-12-13", true)).toBe("2026-12-13");
    expect(needsNextPage(loaded, "2026-12-13", true)).toBe(false);
    expect(needsNextPage(loaded, "2026-12-24", true)).toBe(true);
  });

  it("shows no day before the first page", () => {
    expect(lastCompleteDay([], "2027-01-03", true)).toBeNull();
    expect(needsNextPage([], "2027-01-03", true)).toBe(true);
  });
});

describe("showing the next weeks", () => {
  it("finds the first loaded task after the range", () => {
    const tasks = [task("a", "2027-02-10"), task("b", "2026-12-08"), task("c", "2027-01-20"), task("d", null)];
    expect(nextTaskDay(tasks, "2027-01-03")).toBe("2027-01-20");
    expect(nextTaskDay(tasks, "2027-02-10")).toBeNull();
  });

  it("adds 4 weeks, or whole weeks up to the next task when it is further, so one press reaches it", () => {
    expect(extendedLastDay("2027-01-03", null)).toBe("2027-01-31");
    expect(extendedLastDay("2027-01-03", "2027-01-20")).toBe("2027-01-31");
    // 2027-06-01 is 149 days on: 22 weeks reach it (ending Sun 6 Jun).
    expect(extendedLastDay("2027-01-03", "2027-06-01")).toBe("2027-06-06");
  });
});
