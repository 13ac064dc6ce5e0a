import { describe, expect, it } from "vitest";
import { occurrencesIn, type RepeatingTask } from "@/lib/calendar/occurrences";
import { nextOccurrence } from "@/lib/next-occurrence";

const series = (overrides: Partial<RepeatingTask>): RepeatingTask => ({
  rrule: "FREQ=WEEKLY",
  from: "due",
  dueDate: "2026-12-07",
  dueTime: null,
  occurrencesCompleted: 0,
  exceptions: [],
  ...overrides,
});

describe("occurrencesIn", () => {
  it("lists the current due date and the rule's next dates within the range", () => {
    expect(occurrencesIn(series({}), "2026-11-30", "2027-01-03", "UTC")).toEqual([
      "2026-12-07",
      "2026-12-14",
      "2026-12-21",
      "2026-12-28",
    ]);
  });

  it("starts from a due date before the range (an overdue series shows its later dates)", () => {
    expect(
      occurrencesIn(series({ rrule: "FREQ=DAILY", dueDate: "2026-12-01" }), "2026-12-07", "2026-12-09", "UTC"),
    ).toEqual(["2026-12-07", "2026-12-08", "2026-12-09"]);
  });

  it("keeps month ends: the 31st of each month skips the months without one", () => {
    const monthly = series({ rrule: "FREQ=MONTHLY;BYMONTHDAY=31", dueDate: "2027-01-31" });
    expect(occurrencesIn(monthly, "2027-01-01", "2027-05-31", "UTC")).toEqual([
      "2027-01-31",
      "2027-03-31",
      "2027-05-31",
    ]);
  });

  it("stops at COUNT, counting the occurrences already done, and at UNTIL", () => {
    const counted = series({ rrule: "FREQ=WEEKLY;COUNT=3", occurrencesCompleted: 1 });
    expect(occurrencesIn(counted, "2026-12-01", "2027-02-01", "UTC")).toEqual(["2026-12-07", "2026-12-14"]);
    const until = series({ rrule: "FREQ=DAILY;UNTIL=20261209", dueDate: "2026-12-07" });
    expect(occurrencesIn(until, "2026-12-01", "2026-12-31", "UTC")).toEqual(["2026-12-07", "2026-12-08", "2026-12-09"]);
  });

  it("leaves out occurrences taken out of the series, and the series goes on after them", () => {
    const moved = series({ exceptions: ["2026-12-14"] });
    expect(occurrencesIn(moved, "2026-12-07", "2026-12-28", "UTC")).toEqual(["2026-12-07", "2026-12-21", "2026-12-28"]);
  });

  it("projects a series counted from completion as if each were done on its day", () => {
    const fromCompletion = series({ rrule: "FREQ=DAILY;INTERVAL=2", from: "completion" });
    expect(occurrencesIn(fromCompletion, "2026-12-07", "2026-12-12", "UTC")).toEqual([
      "2026-12-07",
      "2026-12-09",
      "2026-12-11",
    ]);
  });

  it("is bounded for a daily series in a long range", () => {
    const daily = series({ rrule: "FREQ=DAILY" });
    expect(occurrencesIn(daily, "2026-12-07", "2027-12-31", "UTC")).toHaveLength(62);
  });
});

describe("occurrencesIn, in one pass of the rule", () => {
  /** The dates as completing the task again and again would give them (nextOccurrence from each). */
  function stepByStep(task: RepeatingTask, to: string): string[] {
    const dates: string[] = [];
    let current: string | null = task.dueDate;
    for (let done = task.occurrencesCompleted; current !== null && current <= to; done++) {
      dates.push(current);
      current =
        nextOccurrence({
          ...task,
          dueDate: current,
          completedAt: new Date(0),
          timeZone: "UTC",
          occurrencesCompleted: done,
        })?.dueDate ?? null;
    }
    return dates;
  }

  it.each([
    ["FREQ=WEEKLY", "2026-06-10"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "2026-11-04"],
    ["FREQ=WEEKLY;BYDAY=MO", "2026-12-08"],
    ["FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-31"],
    ["FREQ=MONTHLY;BYDAY=2TU", "2026-01-13"],
    ["FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-02-27"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2024-02-29"],
    ["FREQ=DAILY;INTERVAL=3;BYDAY=MO,FR", "2026-10-02"],
    ["FREQ=WEEKLY;COUNT=20", "2026-09-01"],
    ["FREQ=DAILY;UNTIL=20261215", "2026-12-01"],
  ])("%s from %s gives the dates completion would", (rrule, dueDate) => {
    const task = series({ rrule, dueDate, occurrencesCompleted: 2 });
    const expected = stepByStep(task, "2027-03-31").filter((date) => date >= "2026-11-30");
    expect(occurrencesIn(task, "2026-11-30", "2027-03-31", "UTC")).toEqual(expected.slice(0, 62));
  });
});
