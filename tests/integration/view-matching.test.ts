import { beforeAll, describe, expect, it } from "vitest";
import {
  archivedProjectIds,
  matchesView,
  type TaskListInput,
  type ViewContext,
  views,
} from "@/app/(app)/_components/tasks/task-list-input";
import { TASK_PAGE_SIZE_MAX } from "@/lib/schemas/task";
import type { Task } from "@/server/modules/tasks/queries";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

// The browser decides on its own whether an edited task stays in the view it shows (`matchesView`);
// the server decides what `task.list` returns. Both run here over one table of tasks, and must agree.
const database = setupTestDatabase();

type Caller = ReturnType<typeof callerFor>;

const TODAY = "2026-03-10";

let api: Caller;
/** The projects' and labels' ids. */
const ids: Record<string, string> = {};
/** The tasks' ids, by a short name. */
const taskIds: Record<string, string> = {};
/** Every live task of the user's, as the server returns it (archived projects' tasks included). */
let table: Task[] = [];
let context: ViewContext;

/**
 * Open and completed tasks in the Inbox, an active project and an archived one; overdue, due today,
 * upcoming and undated; with one label, both or none; a subtask; words in titles and descriptions;
 * and a trashed task that would match most views.
 */
beforeAll(async () => {
  const me = await createSignedInUser(database.db);
  api = callerFor(database.db, me);
  const work = await api.project.create({ name: "Work" });
  const old = await api.project.create({ name: "Old" });
  const a = await api.label.create({ name: "a" });
  const b = await api.label.create({ name: "b" });
  const later = await api.section.create({ projectId: work.id, name: "Later" });
  Object.assign(ids, { work: work.id, old: old.id, a: a.id, b: b.id, later: later.id });

  const make = async (key: string, input: Parameters<Caller["task"]["create"]>[0], completed = false) => {
    const created = await api.task.create(input);
    if (completed) await api.task.setCompleted({ id: created.id, completed: true });
    taskIds[key] = created.id;
  };
  await make("milk", { title: "Buy milk", description: "Fresh, from the farm", dueDate: TODAY, labelIds: [a.id] });
  await make("rent", { title: "Pay rent", priority: 1, dueDate: "2026-03-01" });
  await make("trip", {
    title: "Plan the trip",
    projectId: work.id,
    sectionId: later.id,
    dueDate: "2026-03-15",
    labelIds: [a.id, b.id],
  });
  await make("report", { title: "Write report", projectId: work.id, description: "Q&A at the end" }, true);
  await make("errand", { title: "Old errand", description: "milk run" }, true);
  await make("groceries", { title: "Buy groceries", priority: 2, assigneeId: me.user.id });
  await make("bags", {
    title: "Pack bags",
    projectId: work.id,
    parentId: taskIds.trip,
    dueDate: TODAY,
    assigneeId: me.user.id,
  });
  await make("chore", { title: "Archived chore", projectId: old.id, dueDate: TODAY, labelIds: [a.id] });
  await make("archivedDone", { title: "Archived milk", projectId: old.id, labelIds: [b.id] }, true);
  await make("archivedLater", { title: "Archived plan", projectId: old.id, dueDate: "2026-04-01" });
  await make("binned", { title: "Binned milk", dueDate: TODAY, labelIds: [a.id], description: "farm" });
  await api.project.update({ id: old.id, archived: true });
  await api.task.delete({ id: taskIds.binned ?? "" });

  const live = Object.entries(taskIds).filter(([key]) => key !== "binned");
  table = await Promise.all(live.map(([, id]) => api.task.byId({ id })));
  context = { archivedProjectIds: archivedProjectIds(await api.project.list()), me: me.user.id };
});

async function serverList(input: TaskListInput): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Caller["task"]["list"]>> = await api.task.list({
      ...input,
      cursor,
      limit: TASK_PAGE_SIZE_MAX,
    });
    found.push(...page.items.map((task) => task.id));
    cursor = page.nextCursor;
  } while (cursor);
  return found.sort();
}

const clientList = (input: TaskListInput, viewContext: ViewContext = context) =>
  table.filter((task) => matchesView(task, input, viewContext)).map((task) => task.id);

const named = (list: string[]) => list.map((id) => table.find((task) => task.id === id)?.title ?? id).sort();

/** The searches compared; none finds a task only through an English stem (see the last test). */
const searches = [
  "milk",
  "mil",
  "MILK",
  "fresh",
  "farm",
  "trip plan",
  "plan",
  "groceries",
  "lk",
  "a",
  "Q&A",
  "nothing",
];

const viewInputs = (): [string, TaskListInput][] => [
  ["Inbox", views.inbox(false)],
  ["Inbox with completed", views.inbox(true)],
  ["Work", views.project(ids.work ?? "", false)],
  ["Work with completed", views.project(ids.work ?? "", true)],
  ["archived project", views.project(ids.old ?? "", false)],
  ["archived project with completed", views.project(ids.old ?? "", true)],
  ["Today", views.today(TODAY)],
  ["Upcoming", views.upcoming(TODAY)],
  ["label a", views.label(ids.a ?? "")],
  ["label b", views.label(ids.b ?? "")],
  ["Completed", views.completed()],
  ["a task's subtasks", { parentId: taskIds.trip ?? "", status: "all", sort: "manual" }],
  ["priority 1", { status: "open", priority: 1 }],
  ["section Later", { status: "all", sectionId: ids.later ?? "" }],
  ["Work in no section", { status: "all", projectId: ids.work ?? "", sectionId: null }],
  ["Assigned to me", views.assigned()],
  ...searches.map((search): [string, TaskListInput] => [`search ${JSON.stringify(search)}`, views.search(search)]),
  ["search of p1 alone", views.search("", { priority: 1 })],
  ["search in #Inbox", views.search("milk", { projectId: null })],
  ["search in #Work", views.search("plan", { projectId: ids.work ?? "" })],
  ["search with @a", views.search("", { labelIds: [ids.a ?? ""] })],
];

describe("the client's view matching agrees with task.list", () => {
  it("on every view, over the same table of tasks", async () => {
    for (const [name, input] of viewInputs()) {
      const server = await serverList(input);
      expect(named(clientList(input)), name).toEqual(named(server));
    }
  });

  it("never lists a trashed task (the client never holds one: a delete takes it out of the list)", async () => {
    for (const [, input] of viewInputs()) expect(await serverList(input)).not.toContain(taskIds.binned);
  });

  it("the table is telling: ignoring archived projects or the search words would disagree", async () => {
    const disagreements = async (change: (input: TaskListInput) => TaskListInput, viewContext: ViewContext) => {
      const names: string[] = [];
      for (const [name, input] of viewInputs()) {
        const client = clientList(change(input), viewContext).sort();
        if (JSON.stringify(client) !== JSON.stringify(await serverList(input))) names.push(name);
      }
      return names;
    };
    const withoutArchived = await disagreements((input) => input, { archivedProjectIds: new Set() });
    expect(withoutArchived).toEqual(expect.arrayContaining(["Today", "Upcoming", "label a", "Completed"]));
    const withoutSearch = await disagreements(({ search: _search, ...input }) => input, context);
    expect(withoutSearch).toEqual(expect.arrayContaining(['search "milk"', 'search "lk"', 'search "nothing"']));
  });

  it("differs only on English stems, where the server's answer stands while the text is as listed", async () => {
    const input = views.search("grocery");
    const groceries = table.find((task) => task.id === taskIds.groceries);
    if (!groceries) throw new Error("seeded above");
    expect(await serverList(input)).toEqual([groceries.id]);
    expect(clientList(input)).toEqual([]);
    // Listed by the server, then edited without touching its words: it stays.
    expect(matchesView({ ...groceries, priority: 1 }, input, { ...context, listed: groceries })).toBe(true);
  });
});
