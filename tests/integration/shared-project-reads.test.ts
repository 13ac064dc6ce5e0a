import { fillPlaceholders, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/dates";
import { listTasksInput } from "@/lib/schemas/task";
import { projectMember } from "@/server/db/schema";
import { calendarStatement } from "@/server/modules/tasks/calendar";
import { completionsStatement } from "@/server/modules/tasks/completions";
import { viewQuery } from "@/server/modules/tasks/queries";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { rowsRead } from "~tests/setup/rows-read";
import { setupTestDatabase } from "~tests/setup/test-database";

// A member's views across projects read a page of a shared project, however many tasks a colleague keeps
// there (issue #20, target 6: shared projects at the same cost as private ones). Before, others' tasks were
// one condition over all the member's projects, read in manual order per project and sorted: every one of
// the project's tasks (8 000 here; 20 000 beside 20 000) for each page of Today, Upcoming, Completed or a
// sort by date added, and everyone's occurrences newest first until the project's came.
const database = setupTestDatabase();
const COMPLETED = 4_000;
const OPEN = 4_000;
const PAGE = 50;
/** A page and the row past it, read from an index that also holds rows the view leaves out: about twice that. */
const BOUND = 4 * PAGE;
const today = todayIn("UTC");

let member: Awaited<ReturnType<typeof createSignedInUser>>;
let ownerId: string;
let teamId: string;

/** `position`: where the project sits in the member's sidebar. */
async function shareWithMember(projectId: string, position: string) {
  await database.db.insert(projectMember).values({ projectId, userId: member.user.id, role: "editor", position });
}

beforeAll(async () => {
  const owner = await createSignedInUser(database.db, { name: "Keeps Everything" });
  ownerId = owner.user.id;
  member = await createSignedInUser(database.db, { name: "Joined Later" });
  const team = await callerFor(database.db, owner).project.create({ name: "Team" });
  teamId = team.id;
  await shareWithMember(team.id, "a0");
  // The owner's repeating task in the project, completed five times half a minute ago.
  const water = await callerFor(database.db, owner).task.create({
    title: "Water plants",
    projectId: team.id,
    dueDate: today,
  });
  await completedOccurrences(water.id, ownerId, 5, "20 seconds", "1 second");
  // The owner's history in the project: completed tasks, one a minute back, half of them due on a past day;
  // and open ones, a third of them due within a year of a month ago, the rest undated.
  await database.db.execute(sql`
    insert into task (user_id, project_id, title, position, completed_at, due_date)
    select ${ownerId}, ${team.id}, 'Done ' || i, 'a' || lpad(i::text, 6, '0'), now() - i * interval '1 minute',
      case when i % 2 = 0 then current_date - (i % 365) end
    from generate_series(1, ${COMPLETED}) as i`);
  await database.db.execute(sql`
    insert into task (user_id, project_id, title, position, due_date)
    select ${ownerId}, ${team.id}, 'Open ' || i, 'b' || lpad(i::text, 6, '0'),
      case when i % 3 = 0 then current_date + (i % 400) - 30 end
    from generate_series(1, ${OPEN}) as i`);
  // And a second, small shared project: pages draw from both, so no single range of an index serves them.
  const side = await callerFor(database.db, owner).project.create({ name: "Side" });
  await shareWithMember(side.id, "a1");
  await database.db.execute(sql`
    insert into task (user_id, project_id, title, position, due_date)
    values (${ownerId}, ${side.id}, 'Order chairs', 'a0', current_date), (${ownerId}, ${side.id}, 'Open the hall', 'a1', null)`);
  const api = callerFor(database.db, member);
  for (const title of ["Call the plumber", "Book the venue"]) await api.task.create({ title, dueDate: today });
  // A stranger's repeating task, completed 4 000 times since: Completed's page of the project's occurrences
  // lies past all of the stranger's in everyone's newest first.
  const stranger = await createSignedInUser(database.db, { name: "Never Met" });
  const walk = await callerFor(database.db, stranger).task.create({ title: "Walk the dog", dueDate: today });
  await completedOccurrences(walk.id, stranger.user.id, COMPLETED, "0 seconds", "1 millisecond");
  await database.db.execute(sql`analyze`);
}, 120_000);

/** `count` completed occurrences of a repeating task, as the activity trigger writes them, `step` apart from `ago` back. */
async function completedOccurrences(taskId: string, userId: string, count: number, ago: string, step: string) {
  await database.db.execute(sql`
    insert into task_activity (task_id, user_id, kind, changes, created_at)
    select ${taskId}, ${userId}, 'completed',
      jsonb_build_object('dueDate', jsonb_build_object('from', current_date - i, 'to', current_date - i + 1)),
      now() - cast(${ago} as interval) - i * cast(${step} as interval)
    from generate_series(1, ${count}) as i`);
}

describe("a member's page of a colleague's heavy project", () => {
  it("reads a page of the project's index in each view across projects, under either kind of plan", async () => {
    const views = {
      today: { status: "open", dueTo: today, sort: "due" },
      upcoming: { status: "open", dueFrom: today, sort: "due" },
      "completed, by completion time": { status: "completed", sort: "completed" },
      "newest first": { sort: "created" },
    } as const;
    for (const [name, input] of Object.entries(views)) {
      const view = viewQuery(database.db, member.user.id, listTasksInput.parse({ ...input, limit: PAGE }), "UTC");
      const { sql: text, params } = view.build().toSQL();
      const statement = { sql: text, params: fillPlaceholders(params, view.values) };
      for (const plan of ["generic", "custom"] as const) {
        expect(await rowsRead(database.db, statement, ["task as *"], plan), `${name}, ${plan}`).toBeLessThanOrEqual(
          BOUND,
        );
      }
    }
  });

  it("reads a page of the project's newest matches for a search, planned with its words", async () => {
    const view = viewQuery(
      database.db,
      member.user.id,
      listTasksInput.parse({ status: "all", search: "open", limit: PAGE }),
      "UTC",
    );
    const { sql: text, params } = view.build().toSQL();
    // Searches run unnamed, planned with their words (view-page-reads.test.ts): the plan a search gets.
    const statement = { sql: text, params: fillPlaceholders(params, view.values) };
    // Per project, its newest SEARCH_CANDIDATES (100) matches, ranked; then a page of them read again by id.
    expect(await rowsRead(database.db, statement, ["task as *"], "custom")).toBeLessThanOrEqual(2 * BOUND);
  });

  it("reads a page of the project's completed tasks for Completed, and its days for the calendar", async () => {
    const completed = completionsStatement(database.db, member.user.id, PAGE, null).toSQL();
    expect(await rowsRead(database.db, completed, ["task as *"])).toBeLessThanOrEqual(BOUND);
    // The project's occurrences, not everyone's newest first until they come (the stranger's 4 000).
    expect(await rowsRead(database.db, completed, ["task_activity"])).toBeLessThanOrEqual(BOUND);
    const { items } = await callerFor(database.db, member).task.completed({ limit: PAGE });
    expect(items.filter(({ task }) => task.title === "Water plants")).toHaveLength(5);
    // Six weeks hold about 140 of the owner's dated tasks, each read twice (its project's range, then by id),
    // and a page of undated ones: not the project's 8 000 tasks.
    const calendar = calendarStatement(database.db, member.user.id, { from: today, to: addDays(today, 41) }).toSQL();
    expect(await rowsRead(database.db, calendar, ["task as *"])).toBeLessThanOrEqual(600);
  });
});

describe("a project's own page", () => {
  it("reads a page of its open tasks past the completed ones before them in manual order", async () => {
    for (const id of [ownerId, member.user.id]) {
      const input = listTasksInput.parse({ projectId: teamId, status: "open", sort: "manual", limit: PAGE });
      const view = viewQuery(database.db, id, input, "UTC");
      const { sql: text, params } = view.build().toSQL();
      const statement = { sql: text, params: fillPlaceholders(params, view.values) };
      expect(await rowsRead(database.db, statement, ["task"])).toBeLessThanOrEqual(BOUND);
    }
  });
});

describe("others' tasks read project by project", () => {
  it("lists every page of Today in due order across two shared projects and the member's own tasks", async () => {
    const planner = await createSignedInUser(database.db, { name: "Plans Ahead" });
    const reader = await createSignedInUser(database.db, { name: "Reads Today" });
    const plannerApi = callerFor(database.db, planner);
    const readerApi = callerFor(database.db, reader);
    const projects = [
      await plannerApi.project.create({ name: "North" }),
      await plannerApi.project.create({ name: "South" }),
    ];
    for (const [index, { id }] of projects.entries()) {
      await database.db
        .insert(projectMember)
        .values({ projectId: id, userId: reader.user.id, role: "viewer", position: `a${index}` });
    }
    // Days interleave across the projects and the reader's own tasks, so every page draws from all three.
    const expected: { title: string; dueDate: string }[] = [];
    for (let day = 0; day < 40; day++) {
      const dueDate = addDays(today, -day);
      for (const [index, { id }] of projects.entries()) {
        const title = `${index === 0 ? "North" : "South"} ${day}`;
        await plannerApi.task.create({ title, projectId: id, dueDate });
        expected.push({ title, dueDate });
      }
      if (day % 4 === 0) {
        await readerApi.task.create({ title: `Own ${day}`, dueDate });
        expected.push({ title: `Own ${day}`, dueDate });
      }
    }
    const seen: { title: string; dueDate: string | null }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof readerApi.task.list>> = await readerApi.task.list({
        status: "open",
        dueTo: today,
        sort: "due",
        limit: 25,
        cursor,
      });
      seen.push(...page.items.map(({ title, dueDate }) => ({ title, dueDate })));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(expected.length / 25));
    expect(seen.map(({ dueDate }) => dueDate)).toEqual(expected.map(({ dueDate }) => dueDate).sort());
    expect(new Set(seen.map(({ title }) => title))).toEqual(new Set(expected.map(({ title }) => title)));
    expect(seen).toHaveLength(expected.length);
  });
});
