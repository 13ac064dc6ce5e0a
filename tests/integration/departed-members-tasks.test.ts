import { beforeEach, describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/dates";
import { projectMember } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

// Tasks stay in their project when the member who created them leaves it. The views across projects (Today,
// Upcoming, search, a saved filter, the calendar, Completed) read others' tasks in a second branch, gated on
// the projects where someone else's tasks are: once everyone else had left, that gate used to be "has another
// member", and the tasks they had created dropped out of every such view while the project's page still
// listed them (issue #20: "no feature lost").
const database = setupTestDatabase();
const today = todayIn("UTC");

let owner: ReturnType<typeof callerFor>;
let projectId: string;

beforeEach(async () => {
  const [olive, eddie] = await Promise.all(["Olive", "Eddie"].map((name) => createSignedInUser(database.db, { name })));
  if (!olive || !eddie) throw new Error("users not created");
  owner = callerFor(database.db, olive);
  const garden = await owner.project.create({ name: "Garden" });
  projectId = garden.id;
  // Invitations write memberships this way; this suite is about what is left once the member has gone.
  await database.db.insert(projectMember).values({ projectId, userId: eddie.user.id, role: "editor", position: "a0" });
  const member = callerFor(database.db, eddie);
  await member.task.create({ title: "Prune the roses", projectId, dueDate: today });
  await member.task.create({ title: "Rake the leaves", projectId, dueDate: addDays(today, 3) });
  const done = await member.task.create({ title: "Buy compost", projectId });
  await member.task.setCompleted({ id: done.id, completed: true });
  await member.project.leave({ projectId });
  await owner.task.create({ title: "Water the lawn", projectId, dueDate: today });
});

const titles = (items: readonly { title: string }[]) => items.map((item) => item.title).sort();

describe("tasks a departed member created", () => {
  it("stay on the project's page", async () => {
    const page = await owner.task.list({ projectId, status: "all" });
    expect(titles(page.items)).toEqual(["Buy compost", "Prune the roses", "Rake the leaves", "Water the lawn"]);
  });

  it("stay in the owner's views across projects once the owner is the project's only member", async () => {
    const dueToday = await owner.task.list({ status: "open", dueTo: today, sort: "due" });
    expect(titles(dueToday.items)).toEqual(["Prune the roses", "Water the lawn"]);

    const found = await owner.task.list({ search: "roses" });
    expect(titles(found.items)).toEqual(["Prune the roses"]);

    const filtered = await owner.task.list({ status: "open", filter: "#Garden", sort: "due" });
    expect(titles(filtered.items)).toEqual(["Prune the roses", "Rake the leaves", "Water the lawn"]);

    const calendar = await owner.task.calendar({ from: today, to: addDays(today, 6) });
    expect(titles(calendar.entries.map((entry) => entry.task))).toEqual([
      "Prune the roses",
      "Rake the leaves",
      "Water the lawn",
    ]);

    const completed = await owner.task.completed({});
    expect(completed.items.map((item) => item.task.title)).toEqual(["Buy compost"]);
  });

  it("stay in those views when moved to a project nobody else was ever in", async () => {
    const shed = await owner.project.create({ name: "Shed" });
    const [roses] = (await owner.task.list({ search: "roses" })).items;
    if (!roses) throw new Error("the member's task is listed");
    await owner.task.update({ id: roses.id, projectId: shed.id, updatedAt: new Date(roses.updatedAt) });
    const dueToday = await owner.task.list({ status: "open", dueTo: today, sort: "due" });
    expect(titles(dueToday.items)).toEqual(["Prune the roses", "Water the lawn"]);
  });
});
