import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, localDateTimeParts } from "@/lib/dates";
import { projectMember, section, task } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

// Far from UTC, so a query that read "today" in UTC would pick the wrong day for much of the day.
const ZONE = "Pacific/Kiritimati";
const today = localDateTimeParts(new Date(), ZONE).date;
const day = (offset: number) => addDays(today, offset);

type Caller = ReturnType<typeof callerFor>;
let api: Caller;

/**
 * Ada's world: her Inbox, her projects Home (with sections Kitchen and Garden) and "R&D", a project
 * "Team" that Bob shares with her (with a section Kitchen too), her labels, subtasks, a repeating task,
 * assignees; plus Bob's private project "Home" and tasks she must never see.
 */
beforeAll(async () => {
  const db = database.db;
  const ada = await createSignedInUser(db, { name: "Ada Lovelace", timeZone: ZONE });
  const bob = await createSignedInUser(db, { name: "Bob Stone", timeZone: ZONE });
  api = callerFor(db, ada);
  const bobApi = callerFor(db, bob);

  const home = await api.project.create({ name: "Home" });
  const lab = await api.project.create({ name: "R&D" });
  const team = await bobApi.project.create({ name: "Team" });
  await db.insert(projectMember).values({ projectId: team.id, userId: ada.user.id, role: "editor", position: "z0" });
  const bobsHome = await bobApi.project.create({ name: "home" });
  const urgent = await api.label.create({ name: "urgent" });
  const waiting = await api.label.create({ name: "waiting on" });
  await bobApi.label.create({ name: "errand" });

  const [kitchen, garden, teamKitchen] = await db
    .insert(section)
    .values([
      { projectId: home.id, name: "Kitchen", position: "a0" },
      { projectId: home.id, name: "Garden", position: "a1" },
      { projectId: team.id, name: "kitchen", position: "a0" },
    ])
    .returning();
  await db.insert(section).values({ projectId: bobsHome.id, name: "Garden", position: "a0" });

  const inSection = async (id: string, sectionId: string | undefined) => {
    await db.update(task).set({ sectionId }).where(eq(task.id, id));
  };

  await api.task.create({ title: "Pay rent", priority: 1, dueDate: day(-3), labelIds: [urgent.id] });
  await api.task.create({ title: "Call mom", dueDate: today, dueTime: "23:59", labelIds: [waiting.id] });
  await api.task.create({ title: "Buy milk", dueDate: day(1), priority: 2 });
  await api.task.create({ title: "Read book" });
  const dishes = await api.task.create({ title: "Do dishes", projectId: home.id, dueDate: day(2), priority: 3 });
  await inSection(dishes.id, kitchen?.id);
  const roses = await api.task.create({ title: "Prune roses", projectId: home.id, dueDate: day(10) });
  await inSection(roses.id, garden?.id);
  const water = await api.task.create({
    title: "Water plants",
    projectId: home.id,
    dueDate: day(6),
    recurrence: { rrule: "FREQ=WEEKLY", from: "due" },
  });
  await inSection(water.id, garden?.id);
  await api.task.create({ title: "Soil sample", parentId: roses.id, labelIds: [urgent.id] });
  await api.task.create({ title: "Prototype", projectId: lab.id, priority: 1, dueDate: day(30) });
  const plan = await bobApi.task.create({
    title: "Team plan",
    projectId: team.id,
    dueDate: today,
    assigneeId: ada.user.id,
  });
  await inSection(plan.id, teamKitchen?.id);
  await bobApi.task.create({ title: "Team retro", projectId: team.id, assigneeId: bob.user.id, priority: 1 });
  await api.task
    .create({ title: "Done already", dueDate: today, priority: 1 })
    .then((done) => api.task.setCompleted({ id: done.id, completed: true }));
  // Bob's own: never in Ada's results, whatever the query names.
  await bobApi.task.create({ title: "Bob's secret", projectId: bobsHome.id, dueDate: today, priority: 1 });
  await bobApi.task.create({ title: "Bob's inbox", dueDate: today });
});

const ALL_OPEN = [
  "Pay rent",
  "Call mom",
  "Buy milk",
  "Read book",
  "Do dishes",
  "Prune roses",
  "Water plants",
  "Soil sample",
  "Prototype",
  "Team plan",
  "Team retro",
];

/** Every open task of Ada's but these. */
const openExcept = (titles: string[]) => ALL_OPEN.filter((title) => !titles.includes(title));

/** Query → the titles Ada gets, open tasks, by title. */
const QUERIES: [string, string[]][] = [
  ["today", ["Call mom", "Team plan"]],
  ["TODAY", ["Call mom", "Team plan"]],
  ["tomorrow", ["Buy milk"]],
  ["overdue", ["Pay rent"]],
  ["today | overdue", ["Call mom", "Pay rent", "Team plan"]],
  ["no date", ["Read book", "Soil sample", "Team retro"]],
  ["3 days", ["Buy milk", "Call mom", "Do dishes", "Team plan"]],
  ["next 7 days", ["Buy milk", "Call mom", "Do dishes", "Team plan", "Water plants"]],
  [`due before: ${day(1)}`, ["Call mom", "Pay rent", "Team plan"]],
  ["due before: tomorrow", ["Call mom", "Pay rent", "Team plan"]],
  [`due after: ${day(7)} & due before: 2999-12-31`, ["Prototype", "Prune roses"]],
  [`due: ${day(2)}`, ["Do dishes"]],
  ["p1", ["Pay rent", "Prototype", "Team retro"]],
  ["p4 & no date", ["Read book", "Soil sample"]],
  ["#home", ["Do dishes", "Prune roses", "Soil sample", "Water plants"]],
  ["#R\\&D", ["Prototype"]],
  ["#Inbox", ["Buy milk", "Call mom", "Pay rent", "Read book"]],
  ["#Team & !#Home", ["Team plan", "Team retro"]],
  ["#Nowhere", []],
  ["/Kitchen", ["Do dishes", "Team plan"]],
  // A subtask lives in its parent's section.
  ["/garden", ["Prune roses", "Soil sample", "Water plants"]],
  ["#Home & /Kitchen", ["Do dishes"]],
  ["@urgent", ["Pay rent", "Soil sample"]],
  ["@Waiting On", ["Call mom"]],
  ["@errand", []],
  ["no labels & no date", ["Read book", "Team retro"]],
  ["assigned to: me", ["Team plan"]],
  ["assigned to: bob stone", ["Team retro"]],
  ["search: milk | search: rent", ["Buy milk", "Pay rent"]],
  ["subtask", ["Soil sample"]],
  ["recurring", ["Water plants"]],
  ["!recurring & #Home", ["Do dishes", "Prune roses", "Soil sample"]],
  // Precedence: ! over &, & over |.
  ["p1 | today & #Team", ["Pay rent", "Prototype", "Team plan", "Team retro"]],
  ["(p1 | today) & #Team", ["Team plan", "Team retro"]],
  ["!(today | overdue | no date)", ["Buy milk", "Do dishes", "Prototype", "Prune roses", "Water plants"]],
  ["!today", ALL_OPEN.filter((title) => title !== "Call mom" && title !== "Team plan").sort()],
  // Terms that cannot be NULL are written without coalesce() (compile.ts): `!` still gives exactly the rest.
  ["!p1", openExcept(["Pay rent", "Prototype", "Team retro"])],
  ["!no date", openExcept(["Read book", "Soil sample", "Team retro"])],
  ["!@urgent", openExcept(["Pay rent", "Soil sample"])],
  ["!no labels", ["Call mom", "Pay rent", "Soil sample"]],
  ["!subtask", openExcept(["Soil sample"])],
  ["!recurring", openExcept(["Water plants"])],
];

describe("task.list({ filter })", () => {
  it.each(QUERIES)("%s, in ONE statement", async (filter, titles) => {
    const { result, statements } = await database.countStatements(() => api.task.list({ filter, sort: "title" }));
    expect(result.items.map((item) => item.title)).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    expect(statements).toBe(1);
  });

  it("combines with the other inputs: status, project, paging", async () => {
    const done = await api.task.list({ filter: "today", status: "completed" });
    expect(done.items.map((item) => item.title)).toEqual(["Done already"]);

    const first = await api.task.list({ filter: "!no date", sort: "due", limit: 2 });
    expect(first.items.map((item) => item.title)).toEqual(["Pay rent", "Call mom"]);
    const second = await api.task.list({ filter: "!no date", sort: "due", limit: 10, cursor: first.nextCursor });
    expect(second.items.map((item) => item.title).slice(0, 1)).toEqual(["Team plan"]);
    expect(second.items).toHaveLength(6);
  });

  it("refuses a query that does not parse with BAD_REQUEST naming the position and what was expected", async () => {
    const error = await failure(api.task.list({ filter: "today & " }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Expected a filter after '&' at 8");
  });
});
