import { describe, expect, it } from "vitest";
import { describePlan, planQuickAdd, type QuickAddResult } from "./quick-add-plan";

const projects = [
  { id: "home", name: "Home", archived: false },
  { id: "old", name: "Old", archived: true },
];
const labels = [{ id: "bills", name: "Bills" }];
const parsed = (fields: Partial<QuickAddResult>): QuickAddResult => ({
  title: "Pay rent",
  priority: 4,
  labels: [],
  tokens: [],
  ...fields,
});

describe("planQuickAdd", () => {
  it("matches the project and labels by name in any case", () => {
    const plan = planQuickAdd(parsed({ project: "home", labels: ["bills"] }), projects, labels);
    expect(plan.project).toEqual({ id: "home", name: "Home" });
    expect(plan.labels).toEqual([{ id: "bills", name: "Bills" }]);
  });

  it("marks a project the user has not got (or only archived) and labels to create", () => {
    const plan = planQuickAdd(parsed({ project: "Old", labels: ["new", "NEW", "bills"] }), projects, labels);
    expect(plan.project).toEqual({ id: null, name: "Old" });
    expect(plan.labels).toEqual([
      { id: null, name: "new" },
      { id: "bills", name: "Bills" },
    ]);
  });

  it("has no project when none was typed", () => {
    expect(planQuickAdd(parsed({}), projects, labels).project).toBeNull();
  });
});

describe("describePlan", () => {
  it("says the date, repeat, priority, project and labels in words", () => {
    const plan = planQuickAdd(
      parsed({
        dueDate: "2026-12-01",
        priority: 1,
        project: "Home",
        labels: ["bills", "rent"],
        recurrence: { rrule: "FREQ=MONTHLY;BYMONTHDAY=1", from: "due" },
      }),
      projects,
      labels,
    );
    const parts = describePlan(plan, "2026-11-26", "UTC");
    expect(parts[0]).toBe("Due Tuesday 1 Dec");
    expect(parts[1]).toMatch(/month/i);
    expect(parts.slice(2)).toEqual(["Priority 1", "Project Home", "@Bills", "@rent (new label)"]);
  });

  it("is empty for a bare title", () => {
    expect(describePlan(planQuickAdd(parsed({}), projects, labels), "2026-11-26", "UTC")).toEqual([]);
  });

  it("gives the time with the date", () => {
    const parts = describePlan(
      planQuickAdd(parsed({ dueDate: "2026-11-27", dueTime: "17:00" }), [], []),
      "2026-11-26",
      "UTC",
    );
    expect(parts[0]).toBe("Due tomorrow (Friday 27 Nov) at 17:00");
  });
});
