import { describe, expect, it } from "vitest";
import { lineFields, titleChanges } from "./line-fields";
import { planLine, type QuickAddLine } from "./quick-add-plan";

// Thursday 26 Nov 2026: "friday" is the 27th.
const now = new Date("2026-11-26T10:00:00Z");
const projects = [
  { id: "home", name: "Home", archived: false },
  { id: "work", name: "Work", archived: false },
];
const labels = [{ id: "bills", name: "Bills" }];
const read = (
  text: string,
  extra: Partial<QuickAddLine> = {},
  members?: readonly { userId: string; name: string }[],
  sections?: readonly { id: string; name: string }[],
) => planLine({ text, now, timeZone: "UTC", projects, labels, ...extra }, members, sections);
const workSections = [
  { id: "doing", name: "Doing" },
  { id: "done-soon", name: "Done soon" },
];

describe("lineFields: a list's add box", () => {
  it("reads the line as quick add does: a date, a priority, a label to make", () => {
    const { plan } = read("Book flights friday p3 @travel");
    expect(plan.parsed.title).toBe("Book flights");
    expect(lineFields(plan)).toEqual({ priority: 3, dueDate: "2026-11-27", newLabels: ["travel"] });
  });

  it("keeps the place's project unless the line names another", () => {
    const home = { projectId: "home" };
    expect(lineFields(read("Fix the tap").plan, home)).toMatchObject({ projectId: "home" });
    expect(lineFields(read("Fix the tap #Work").plan, home)).toMatchObject({ projectId: "work" });
    // A project the user has not got stays in the title: the task stays where it was being added.
    const missing = read("Fix the tap #Garden", home);
    expect(missing.missingProject).toBe("Garden");
    expect(missing.plan.parsed.title).toBe("Fix the tap #Garden");
    expect(lineFields(missing.plan, home)).toMatchObject({ projectId: "home" });
  });

  it("dates a task today in Today, unless the line has a date (which brings its time and repeat)", () => {
    const today = { dueDate: "2026-11-26" };
    expect(lineFields(read("Call Sam").plan, today)).toEqual({ dueDate: "2026-11-26", priority: 4 });
    expect(lineFields(read("Call Sam friday 5pm").plan, today)).toEqual({
      dueDate: "2026-11-27",
      dueTime: "17:00",
      priority: 4,
    });
    expect(lineFields(read("Water plants every monday").plan, today)).toMatchObject({
      dueDate: "2026-11-30",
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO", from: "due" },
    });
  });

  it("adds a label page's label to the typed ones, once", () => {
    const fields = lineFields(read("Pay rent @bills @rent").plan, { labelIds: ["bills"] });
    expect(fields.labelIds).toEqual(["bills"]);
    expect(fields.newLabels).toEqual(["rent"]);
  });

  it("never reads text in quotes or a part the user kept as text", () => {
    expect(read('"Friday p1" retro').plan.parsed).toMatchObject({ title: "Friday p1 retro", priority: 4 });
    const first = read("Book flights friday p3");
    const p3 = first.plan.parsed.tokens.find((token) => token.kind === "priority");
    if (!p3) throw new Error("p3 was not read");
    const kept = read("Book flights friday p3", { ignore: [p3] }).plan;
    expect(kept.parsed.title).toBe("Book flights p3");
    expect(lineFields(kept)).toEqual({ priority: 4, dueDate: "2026-11-27" });
  });
});

describe("planLine in a place: +Name and a subtask's #project", () => {
  const members = [
    { userId: "u-me", name: "Me" },
    { userId: "u-bob", name: "Bob" },
  ];

  it("reads +Name against the place's project when the line names none", () => {
    const { plan } = read("Call the plumber +Bob", { projectId: "home" }, members);
    expect(plan.assignee).toEqual({ userId: "u-bob", name: "Bob" });
    expect(lineFields(plan, { projectId: "home" })).toMatchObject({ projectId: "home", assigneeId: "u-bob" });
  });

  it("keeps a subtask's #project in its title: the subtask is in its parent's project", () => {
    const line = { projectId: "home", projectFixed: true };
    const { plan, heldProject, missingProject } = read("Buy screws #Work +Bob tomorrow", line, members);
    expect(heldProject).toBe("Work");
    expect(missingProject).toBeNull();
    expect(plan.parsed.title).toBe("Buy screws #Work");
    expect(plan.project).toBeNull();
    // One the user has not got is held the same way: no offer to create it.
    const garden = read("Buy seeds #Garden", line);
    expect([garden.heldProject, garden.missingProject, garden.plan.parsed.title]).toEqual([
      "Garden",
      null,
      "Buy seeds #Garden",
    ]);
    // +Bob is read against the parent's project, where he is a member.
    expect(lineFields(plan, { projectId: "home" })).toEqual({
      projectId: "home",
      priority: 4,
      assigneeId: "u-bob",
      dueDate: "2026-11-27",
    });
  });
});

describe("lineFields: /Section", () => {
  it("picks a section of the project the line goes to, by name in any case", () => {
    const { plan } = read("Draft the plan #Work /done SOON", {}, undefined, workSections);
    expect(plan.parsed.title).toBe("Draft the plan");
    expect(lineFields(plan)).toEqual({ priority: 4, projectId: "work", sectionId: "done-soon" });
    // In a project's own add box, without "#Work".
    expect(lineFields(read("Draft /Doing", { projectId: "work" }, undefined, workSections).plan)).toMatchObject({
      sectionId: "doing",
    });
  });

  it("leaves an unknown section, and any in the Inbox or a subtask's line, in the title", () => {
    expect(read("Draft /Later #Work", {}, undefined, workSections).plan).toMatchObject({
      parsed: { title: "Draft /Later" },
      section: null,
    });
    expect(read("Draft /Doing", {}, undefined, workSections).plan.section).toBeNull();
    expect(
      read("Step /Doing", { projectId: "work", projectFixed: true }, undefined, workSections).plan.section,
    ).toBeNull();
  });

  it("moves a renamed task to the typed section", () => {
    const { plan } = read("Pay rent /Doing", { projectId: "work" }, undefined, workSections);
    expect(titleChanges(plan, { projectId: "work", sectionId: null, labelIds: [] })).toEqual({
      title: "Pay rent",
      sectionId: "doing",
    });
    expect(titleChanges(plan, { projectId: "work", sectionId: "doing", labelIds: [] })).toEqual({ title: "Pay rent" });
  });
});

describe("titleChanges: a renamed task", () => {
  const task = { projectId: "home", sectionId: null, labelIds: ["bills"] };

  it("is the new title alone when nothing was recognised (a task's priority is not reset)", () => {
    expect(titleChanges(read("Pay the rent").plan, task)).toEqual({ title: "Pay the rent" });
  });

  it("dates the task from a typed date, replacing its time and repeat", () => {
    expect(titleChanges(read("X tomorrow").plan, task)).toEqual({
      title: "X",
      dueDate: "2026-11-27",
      dueTime: null,
      recurrence: null,
    });
  });

  it("applies a typed priority, project and labels (added to the task's own)", () => {
    expect(titleChanges(read("Pay rent p1 #Work @bills @rent").plan, task)).toEqual({
      title: "Pay rent",
      priority: 1,
      projectId: "work",
      newLabels: ["rent"],
    });
    expect(titleChanges(read("Pay rent #Home").plan, { projectId: "home", sectionId: null, labelIds: [] })).toEqual({
      title: "Pay rent",
    });
  });
});
