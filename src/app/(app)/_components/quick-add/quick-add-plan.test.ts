import { describe, expect, it } from "vitest";
import { assignableMembers } from "../tasks/assignable-members";
import { describePlan, planLine, planQuickAdd, type QuickAddResult } from "./quick-add-plan";

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

describe("planQuickAdd: +Name", () => {
  const members = [
    { userId: "u-alice", name: "Alice" },
    { userId: "u-bob", name: " Bob " },
    { userId: "u-al2", name: "alice" },
    { userId: "u-carol", name: "Carol Smith" },
  ];
  const read = (text: string, people?: readonly { userId: string; name: string }[]) =>
    planLine({ text, now: new Date("2026-11-26T10:00:00Z"), timeZone: "UTC", projects, labels }, people);
  const planIn = (text: string, people: readonly { userId: string; name: string }[]) => read(text, people).plan;

  it("resolves the name to the member's user id, in any case and over several words", () => {
    const plan = planIn("Call the plumber #Home +carol smith", members);
    expect(plan.assignee).toEqual({ userId: "u-carol", name: "Carol Smith" });
    expect(plan.parsed.title).toBe("Call the plumber");
    expect(planIn("Call +BOB #Home", members).assignee).toEqual({ userId: "u-bob", name: "Bob" });
  });

  it("picks nobody for a name two members share, and keeps it in the title", () => {
    const plan = planIn("Call +Alice #Home", members);
    expect(plan.assignee).toBeNull();
    expect(plan.parsed.title).toBe("Call +Alice");
    expect(plan.parsed.tokens.map((token) => token.kind)).toEqual(["project"]);
    // Even when handed a name the parser read, two members of that name are nobody.
    expect(planQuickAdd(parsed({ assignee: "Alice" }), projects, labels, members).assignee).toBeNull();
  });

  it("has nobody to assign in a project nobody else is in", () => {
    expect(assignableMembers([{ userId: "u-me", name: "Me Myself" }])).toEqual([]);
    expect(assignableMembers(undefined)).toEqual([]);
    const plan = planIn("Call +Me Myself #Home", [{ userId: "u-me", name: "Me Myself" }]);
    expect(plan.assignee).toBeNull();
    expect(plan.parsed.title).toBe("Call +Me Myself");
  });

  it("reads +Name only once the members are known, and only for a project the user has", () => {
    expect(read("Call +Bob #Home").plan.parsed.title).toBe("Call +Bob");
    expect(read("Call +Bob #Home", members).plan.assignee).toEqual({ userId: "u-bob", name: "Bob" });
    // Inbox: no project in the line, so whatever members are handed over, nobody is assigned.
    expect(read("Call +Bob", members).plan.assignee).toBeNull();
    // A project the user has not got stays in the title and the task goes to the Inbox: nobody either.
    const missing = read("Call +Bob #Garden", members);
    expect(missing.missingProject).toBe("Garden");
    expect(missing.plan.assignee).toBeNull();
    expect(missing.plan.parsed.title).toBe("Call +Bob #Garden");
  });

  it("picks nobody for someone who is not a member", () => {
    expect(planQuickAdd(parsed({ assignee: "Dana" }), projects, labels, members).assignee).toBeNull();
    expect(planIn("Call +Dana #Home", members).parsed.title).toBe("Call +Dana");
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

  it("says the deadline with its full date, after the due date", () => {
    const plan = planQuickAdd(parsed({ dueDate: "2026-11-27", deadline: "2027-04-30" }), projects, labels);
    expect(describePlan(plan, "2026-11-26", "UTC")).toEqual([
      "Due tomorrow (Friday 27 Nov)",
      "Deadline Friday 30 Apr 2027",
    ]);
  });

  it("names the assignee", () => {
    const plan = planQuickAdd(parsed({ project: "Home", assignee: "bob" }), projects, labels, [
      { userId: "u-bob", name: "Bob" },
    ]);
    expect(describePlan(plan, "2026-11-26", "UTC")).toEqual(["Project Home", "Assigned to Bob"]);
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
