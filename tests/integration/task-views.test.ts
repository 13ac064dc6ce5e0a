import { beforeAll, describe, expect, it } from "vitest";
import type { ListTasksQuery, TaskSort } from "@/lib/schemas/task";
import type { Session } from "@/server/auth/auth";
import { insertTasks } from "~tests/factories/tasks";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

type Caller = ReturnType<typeof callerFor>;
type ListInput = Partial<ListTasksQuery>;

/** "Today" for the Today and Upcoming views (the client sends the user's date). */
const TODAY = "2026-03-10";

let api: Caller;
const ids: Record<string, string> = {};

/**
 * One user's tasks across the Inbox, two projects and two labels, created in this order (the manual
 * order). Also a completed task, one completed earlier, a trashed one, and another user's tasks.
 */
beforeAll(async () => {
  const session: Session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
  const work = await api.project.create({ name: "Work" });
  const home = await api.project.create({ name: "Home" });
  const a = await api.label.create({ name: "a" });
  const b = await api.label.create({ name: "b" });
  Object.assign(ids, { work: work.id, home: home.id, a: a.id, b: b.id });

  const make = async (key: string, input: Parameters<Caller["task"]["create"]>[0]) => {
    ids[key] = (await api.task.create(input)).id;
  };
  await make("rent", { title: "Pay rent", priority: 1, dueDate: "2026-03-01", labelIds: [a.id] });
  await make("mom", { title: "Call mom", dueDate: TODAY, dueTime: "09:00", labelIds: [a.id, b.id] });
  await make("report", { title: "Write report", projectId: work.id, priority: 2, dueDate: TODAY, labelIds: [b.id] });
  await make("review", {
    title: "Review PR",
    projectId: work.id,
    priority: 1,
    dueDate: "2026-03-12",
    deadline: "2026-03-13",
    labelIds: [a.id, b.id],
  });
  await make("sink", { title: "Fix sink", projectId: home.id, priority: 3, deadline: "2026-03-09" });
  await make("trip", { title: "Plan trip", projectId: home.id, priority: 2, dueDate: "2026-03-20", labelIds: [a.id] });
  await make("outline", { title: "Outline", parentId: ids.report, dueDate: "2026-03-11", labelIds: [b.id] });
  await make("doneEarlier", { title: "Done earlier", dueDate: "2026-03-05" });
  await make("done", { title: "Done", projectId: work.id, labelIds: [a.id] });
  await make("binned", { title: "Binned", dueDate: TODAY, deadline: "2026-03-01", labelIds: [a.id] });
  await api.task.setCompleted({ id: ids.doneEarlier as string, completed: true });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await api.task.setCompleted({ id: ids.done as string, completed: true });
  await api.task.delete({ id: ids.binned as string });

  const other = callerFor(database.db, await createSignedInUser(database.db));
  await other.task.create({ title: "Someone else's", dueDate: TODAY });
});

const VIEWS: [string, () => ListInput, string[]][] = [
  [
    "everything open",
    () => ({}),
    ["Pay rent", "Call mom", "Write report", "Review PR", "Fix sink", "Plan trip", "Outline"],
  ],
  ["Inbox", () => ({ projectId: null }), ["Pay rent", "Call mom"]],
  ["a project, subtasks included", () => ({ projectId: ids.work }), ["Write report", "Review PR", "Outline"]],
  ["a project, top level only", () => ({ projectId: ids.work, parentId: null }), ["Write report", "Review PR"]],
  ["a task's subtasks", () => ({ parentId: ids.report }), ["Outline"]],
  ["a label", () => ({ labelIds: [ids.a as string] }), ["Pay rent", "Call mom", "Review PR", "Plan trip"]],
  ["all of two labels", () => ({ labelIds: [ids.a as string, ids.b as string] }), ["Call mom", "Review PR"]],
  [
    "a label named twice",
    () => ({ labelIds: [ids.a as string, ids.a as string] }),
    ["Pay rent", "Call mom", "Review PR", "Plan trip"],
  ],
  [
    "a label in a project",
    () => ({ labelIds: [ids.b as string], projectId: ids.work }),
    ["Write report", "Review PR", "Outline"],
  ],
  ["priority p1", () => ({ priority: 1 }), ["Pay rent", "Review PR"]],
  ["priority p2 in a project", () => ({ priority: 2, projectId: ids.home }), ["Plan trip"]],
  ["Today (overdue included)", () => ({ dueTo: TODAY, sort: "due" }), ["Pay rent", "Call mom", "Write report"]],
  [
    "Today, top level, label b",
    () => ({ dueTo: TODAY, parentId: null, labelIds: [ids.b as string] }),
    ["Call mom", "Write report"],
  ],
  [
    "Upcoming (a week from tomorrow)",
    () => ({ dueFrom: "2026-03-11", dueTo: "2026-03-17", sort: "due" }),
    ["Outline", "Review PR"],
  ],
  ["due on one day", () => ({ dueFrom: TODAY, dueTo: TODAY }), ["Call mom", "Write report"]],
  [
    "Upcoming (from today, no end: undated tasks left out)",
    () => ({ dueFrom: TODAY, sort: "due" }),
    ["Call mom", "Write report", "Outline", "Review PR", "Plan trip"],
  ],
  ["completed, most recent first", () => ({ status: "completed", sort: "completed" }), ["Done", "Done earlier"]],
  ["completed in a project", () => ({ status: "completed", projectId: ids.work }), ["Done"]],
  [
    "all statuses, Inbox, by title",
    () => ({ status: "all", projectId: null, sort: "title" }),
    ["Call mom", "Done earlier", "Pay rent"],
  ],
  [
    "by priority",
    () => ({ sort: "priority", parentId: null }),
    ["Pay rent", "Review PR", "Write report", "Plan trip", "Fix sink", "Call mom"],
  ],
  ["created, newest first", () => ({ sort: "created", projectId: ids.home }), ["Plan trip", "Fix sink"]],
  ["with a deadline", () => ({ hasDeadline: true }), ["Review PR", "Fix sink"]],
  [
    "without a deadline",
    () => ({ hasDeadline: false, parentId: null }),
    ["Pay rent", "Call mom", "Write report", "Plan trip"],
  ],
  ["deadline overdue (before today)", () => ({ deadlineTo: "2026-03-09" }), ["Fix sink"]],
  [
    "by deadline, nearest first, none last",
    () => ({ sort: "deadline", parentId: null }),
    ["Fix sink", "Review PR", "Pay rent", "Call mom", "Write report", "Plan trip"],
  ],
];

describe("task.list views", () => {
  it.each(VIEWS)("%s", async (_name, input, titles) => {
    const page = await api.task.list(input());
    expect(page.items.map((item) => item.title)).toEqual(titles);
    expect(page.nextCursor).toBeNull();
  });

  it.each(VIEWS)("%s runs exactly one SQL statement", async (_name, input) => {
    const { result, statements } = await database.countStatements(() => api.task.list(input()));
    expect(result.items.length).toBeGreaterThan(0);
    expect(statements).toBe(1);
  });

  it("project.list and label.list run exactly one SQL statement each", async () => {
    const projects = await database.countStatements(() => api.project.list());
    expect(projects.result.map((row) => [row.name, row.openTaskCount])).toEqual([
      ["Work", 2],
      ["Home", 2],
    ]);
    expect(projects.statements).toBe(1);

    const labels = await database.countStatements(() => api.label.list());
    expect(labels.result.map((row) => [row.name, row.openTaskCount])).toEqual([
      ["a", 4],
      ["b", 4],
    ]);
    expect(labels.statements).toBe(1);
  });

  it("a search view runs exactly one SQL statement", async () => {
    const { result, statements } = await database.countStatements(() =>
      api.task.list({ search: "report", projectId: ids.work, labelIds: [ids.b as string] }),
    );
    expect(result.items.map((item) => item.title)).toEqual(["Write report"]);
    expect(statements).toBe(1);
  });

  it("every item carries its label ids and subtask progress", async () => {
    const { items } = await api.task.list({ projectId: ids.work });
    const byTitle = new Map(items.map((item) => [item.title, item]));
    expect(byTitle.get("Write report")).toMatchObject({ labelIds: [ids.b], subtasks: { total: 1, done: 0 } });
    expect(byTitle.get("Review PR")?.labelIds).toEqual([ids.a, ids.b].sort());
    expect(byTitle.get("Outline")).toMatchObject({ parentId: ids.report, subtasks: { total: 0, done: 0 } });
  });

  it("reads each call's own values from a statement prepared once per shape: projects, priorities, users", async () => {
    const titles = async (caller: Caller, input: ListInput) =>
      (await caller.task.list(input)).items.map((item) => item.title);
    const other = callerFor(database.db, await createSignedInUser(database.db));
    await other.task.create({ title: "Not mine", priority: 1 });
    for (let round = 0; round < 2; round++) {
      expect(await titles(api, { projectId: ids.work, parentId: null })).toEqual(["Write report", "Review PR"]);
      expect(await titles(api, { projectId: ids.home, parentId: null })).toEqual(["Fix sink", "Plan trip"]);
      expect(await titles(api, { priority: 1 })).toEqual(["Pay rent", "Review PR"]);
      expect(await titles(api, { priority: 3 })).toEqual(["Fix sink"]);
      expect(await titles(other, { priority: 1 })).toEqual(["Not mine"]);
      expect(await titles(api, { dueTo: TODAY, sort: "due", limit: 2 })).toEqual(["Pay rent", "Call mom"]);
      expect(await titles(api, { dueTo: "2026-03-01", sort: "due", limit: 3 })).toEqual(["Pay rent"]);
    }
  });

  it.each([
    [{ sort: "relevance" as const }, "Sort by relevance needs a search."],
    [{ sort: "completed" as const }, "Sort by completion time lists completed tasks only."],
    [{ dueFrom: "2026-03-12", dueTo: "2026-03-11" }, "The start date must not be after the end date."],
  ])("refuses %j with BAD_REQUEST", async (input, message) => {
    const error = await failure(api.task.list(input));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(message);
  });
});

describe("task.list sorts: keyset pagination", () => {
  let sorter: Caller;

  beforeAll(async () => {
    const session = await createSignedInUser(database.db);
    sorter = callerFor(database.db, session);
    // Ties on purpose: shared created_at (one insert), equal titles up to case, equal priorities and dates.
    const titles = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Éclair", "fig", "apple"];
    await insertTasks(database.db, session.user.id, 27, (index) => ({
      title: `${titles[index % titles.length]} ${index % 4}`,
      priority: (index % 4) + 1,
      dueDate: index % 5 === 0 ? null : `2026-03-${String(10 + (index % 3)).padStart(2, "0")}`,
      dueTime: index % 5 === 0 || index % 2 ? null : `0${index % 3}:30`,
      deadline: index % 4 === 0 ? null : `2026-04-${String(10 + (index % 3)).padStart(2, "0")}`,
      completedAt: index % 3 === 0 ? new Date(Date.UTC(2026, 2, 1, 0, 0, index % 6)) : null,
    }));
  });

  async function allPages(input: ListInput, limit: number) {
    const pages = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<Caller["task"]["list"]>> = await sorter.task.list({ ...input, limit, cursor });
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 50);
    return pages;
  }

  const SORTS: [TaskSort, ListInput][] = [
    ["manual", { status: "all" }],
    ["due", { status: "all" }],
    ["deadline", { status: "all" }],
    ["deadline", { status: "open" }],
    ["priority", { status: "all" }],
    ["created", { status: "all" }],
    ["title", { status: "all" }],
    ["completed", { status: "completed" }],
    ["title", { status: "open" }],
  ];

  it.each(SORTS)("%s (%j): pages of 4 join into the whole list, no duplicates or gaps", async (sort, input) => {
    const whole = (await sorter.task.list({ ...input, sort, limit: 100 })).items;
    const pages = await allPages({ ...input, sort }, 4);

    expect(pages.slice(0, -1).every((page) => page.length === 4)).toBe(true);
    expect(pages.flat().map((item) => item.id)).toEqual(whole.map((item) => item.id));
    expect(whole.length).toBe(input.status === "completed" ? 9 : input.status === "open" ? 18 : 27);
  });

  it("orders each sort by its key, then a stable tie-breaker", async () => {
    const list = async (sort: TaskSort, status: "all" | "completed" = "all") =>
      (await sorter.task.list({ sort, status, limit: 100 })).items;

    const byPriority = await list("priority");
    expect(byPriority.map((item) => item.priority)).toEqual([...byPriority.map((item) => item.priority)].sort());

    const byDue = (await list("due")).map((item) => `${item.dueDate ?? "9999"} ${item.dueTime ?? "24:00"}`);
    expect(byDue).toEqual([...byDue].sort());

    // Nearest deadline first, tasks without one last.
    const byDeadline = (await list("deadline")).map((item) => item.deadline ?? "9999");
    expect(byDeadline).toEqual([...byDeadline].sort());
    expect(byDeadline.at(-1)).toBe("9999");

    const byTitle = (await list("title")).map((item) => item.title.toLowerCase());
    expect(byTitle).toEqual(
      [...byTitle].sort((x, y) => {
        if (x === y) return 0;
        return x < y ? -1 : 1;
      }),
    );

    const byCompletion = (await list("completed", "completed")).map((item) => item.completedAt?.getTime() ?? 0);
    expect(byCompletion).toEqual([...byCompletion].sort((x, y) => y - x));
  });

  it("refuses a cursor from another sort", async () => {
    const first = await sorter.task.list({ sort: "title", status: "all", limit: 2 });
    const error = await failure(sorter.task.list({ sort: "due", status: "all", limit: 2, cursor: first.nextCursor }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});
