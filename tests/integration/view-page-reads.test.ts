import { fillPlaceholders, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/dates";
import { listCompletionsInput, listTasksInput } from "@/lib/schemas/task";
import { labelsRead } from "@/server/modules/labels/queries";
import { notificationsPageStatement } from "@/server/modules/notifications/queries";
import { inboxCountRead, projectsRead } from "@/server/modules/projects/queries";
import { calendarStatement } from "@/server/modules/tasks/calendar";
import { completionsStatement } from "@/server/modules/tasks/completions";
import { viewQuery } from "@/server/modules/tasks/queries";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { built, rowsRead } from "~tests/setup/rows-read";
import { setupTestDatabase } from "~tests/setup/test-database";

// A page of a view reads about a page of rows, however many tasks the user has: each reads its index in the
// view's order and stops. Counted with EXPLAIN ANALYZE (the rows each scan of `task` read), for the views whose
// plans read every matching task and sorted them (issue #20's target 5, "flat for every page"):
// - Completed and task.list's newest-first sorts: their indexes are DESC NULLS LAST, a bare DESC is NULLS FIRST,
//   and an order that differs only there is not read from the index (74 ms at 40 000 completed);
// - a label's view: its filter grouped the label's rows, and the planner always started from all of them;
// - a saved filter "p1": its term, wrapped in coalesce(), read every open task in due order until it found 50;
// - the calendar: one due-date range from the first dated task, completed ones included, to the range's end.
const database = setupTestDatabase();
const COMPLETED = 10_000;
const OPEN = 10_000;
const OVERDUE = 2_000;
const PAGE = 50;
/** A page and the row past it, read from an index that also holds rows the view leaves out: about twice that. */
const BOUND = 4 * PAGE;

let session: Awaited<ReturnType<typeof createSignedInUser>>;
let userId: string;
/** On every other open task. */
let commonLabelId: string;
const today = todayIn("UTC");

beforeAll(async () => {
  session = await createSignedInUser(database.db, { name: "Done A Lot" });
  userId = session.user.id;
  // Completed tasks, one a minute back, and half of them were due on a day of the past year.
  await database.db.execute(sql`
    insert into task (user_id, title, position, completed_at, due_date)
    select ${userId}, 'Done ' || i, 'a' || lpad(i::text, 6, '0'), now() - i * interval '1 minute',
      case when i % 2 = 0 then current_date - (i % 365) end
    from generate_series(1, ${COMPLETED}) as i`);
  await database.db.execute(sql`
    insert into task (user_id, title, position)
    select ${userId}, 'Open ' || i, 'b' || lpad(i::text, 6, '0') from generate_series(1, ${OPEN}) as i`);
  // Overdue: open, due on a day before the calendar's range.
  await database.db.execute(sql`
    insert into task (user_id, title, position, due_date)
    select ${userId}, 'Late ' || i, 'c' || lpad(i::text, 6, '0'), current_date - 1 - (i % 300)
    from generate_series(1, ${OVERDUE}) as i`);
  // The overdue ones are in a project of theirs.
  const garden = await callerFor(database.db, session).project.create({ name: "Garden" });
  await database.db.execute(
    sql`update task set project_id = ${garden.id} where user_id = ${userId} and title like 'Late %'`,
  );
  // One open task in a hundred is urgent (p1), all of them undated: behind the overdue ones in a saved filter's order.
  await database.db.execute(
    sql`update task set priority = 1 where user_id = ${userId} and title like 'Open %' and right(title, 2) = '00'`,
  );
  const labelled = await database.db.execute(sql`
    with made as (insert into label (user_id, name) values (${userId}, 'Errand') returning id)
    insert into task_label (task_id, label_id, user_id)
    select task.id, made.id, task.user_id from task, made
    where task.user_id = ${userId} and task.completed_at is null and right(task.title, 1) in ('0', '2', '4', '6', '8')
    returning label_id`);
  commonLabelId = String((labelled.rows[0] as { label_id: string }).label_id);
  await database.db.execute(sql`analyze task_label`);
  await database.db.execute(sql`analyze task`);
}, 120_000);

function decodeCompletionsCursor(cursor: string): [string, string] {
  return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
}

describe("a view's page reads a page of its index", () => {
  it(`Completed's first page and the next, with ${COMPLETED} tasks completed`, async () => {
    const first = completionsStatement(database.db, userId, PAGE, null).toSQL();
    expect(await rowsRead(database.db, first)).toBeLessThanOrEqual(BOUND);

    const api = callerFor(database.db, session);
    const page = await api.task.completed(listCompletionsInput.parse({ limit: PAGE }));
    expect(page.items).toHaveLength(PAGE);
    expect(page.items[0]?.task.title).toBe("Done 1");
    if (!page.nextCursor) throw new Error("a second page follows");
    const next = completionsStatement(database.db, userId, PAGE, decodeCompletionsCursor(page.nextCursor)).toSQL();
    expect(await rowsRead(database.db, next)).toBeLessThanOrEqual(BOUND);
  });

  it("task.list sorted newest first, completed tasks by completion time, a label's view and a priority filter", async () => {
    for (const input of [
      listTasksInput.parse({ sort: "created", limit: PAGE }),
      listTasksInput.parse({ status: "completed", sort: "completed", limit: PAGE }),
      listTasksInput.parse({ labelIds: [commonLabelId], limit: PAGE }),
      // A saved filter of one priority, soonest due first (views.filter): its 100 tasks come after 2 000 overdue.
      listTasksInput.parse({ status: "open", filter: "p1", sort: "due", limit: PAGE }),
    ]) {
      const view = viewQuery(database.db, userId, input, "UTC");
      const { sql: text, params } = view.build().toSQL();
      expect(
        await rowsRead(database.db, { sql: text, params: fillPlaceholders(params, view.values) }),
      ).toBeLessThanOrEqual(BOUND);
    }
  });

  it("the calendar's six weeks and its unscheduled tasks", async () => {
    const statement = calendarStatement(database.db, userId, { from: today, to: addDays(today, 41) }).toSQL();
    expect(await rowsRead(database.db, statement)).toBeLessThanOrEqual(BOUND);
  });

  it("a light user's sidebar counts, beside this one's 10 000 open tasks, their project's and their label's", async () => {
    const light = await createSignedInUser(database.db, { name: "Just Started" });
    const api = callerFor(database.db, light);
    const errands = await api.project.create({ name: "Errands" });
    const quick = await api.label.create({ name: "quick" });
    for (const title of ["Post the letter", "Buy stamps", "Return the book"]) {
      await api.task.create({ title, projectId: errands.id, labelIds: [quick.id] });
      await api.task.create({ title: `${title} again` });
    }
    const reads = [projectsRead(light.user.id), labelsRead(light.user.id), inboxCountRead(light.user.id)];
    for (const { expression } of reads) {
      expect(await rowsRead(database.db, built(sql`select ${expression}`), ["task", "task_label"])).toBeLessThanOrEqual(
        20,
      );
    }
  });

  it("a light user's views across projects, beside this one's 22 000 tasks, under either kind of plan", async () => {
    const light = await createSignedInUser(database.db, { name: "Few Things" });
    const api = callerFor(database.db, light);
    const errands = await api.project.create({ name: "Errands" });
    for (const title of ["Post the letter", "Buy stamps", "Return the book"]) {
      await api.task.create({ title, projectId: errands.id, dueDate: today });
    }
    // Whether the light user's projects hold others' tasks is two short ranges of task_project_creator_idx, not
    // a hashed or sequential read of every task on one side of their id (22 006 rows before).
    for (const input of [
      listTasksInput.parse({ status: "open", dueTo: today, sort: "due", limit: PAGE }),
      listTasksInput.parse({ sort: "created", limit: PAGE }),
    ]) {
      const view = viewQuery(database.db, light.user.id, input, "UTC");
      const { sql: text, params } = view.build().toSQL();
      const statement = { sql: text, params: fillPlaceholders(params, view.values) };
      for (const plan of ["generic", "custom"] as const) {
        expect(await rowsRead(database.db, statement, ["task as *"], plan), plan).toBeLessThanOrEqual(20);
      }
    }
  });

  it("a light user's search for a word 10 000 of this user's tasks hold, planned with its words", async () => {
    const light = await createSignedInUser(database.db, { name: "Seldom Searches" });
    const api = callerFor(database.db, light);
    for (const title of ["Open the window", "Open a bank account", "Close the door"]) await api.task.create({ title });
    for (const sort of [undefined, "created"] as const) {
      const view = viewQuery(database.db, light.user.id, listTasksInput.parse({ search: "open", sort }), "UTC");
      // Never kept as a named statement: PostgreSQL plans it on each call knowing the user and the words. A
      // generic plan (one kept for a named statement) cannot tell a light user from this one: through the
      // words' index, which holds every user's tasks, it read all 10 000 matches (measured, both sorts).
      expect(view.shape).toBeNull();
      const { sql: text, params } = view.build().toSQL();
      const statement = { sql: text, params: fillPlaceholders(params, view.values) };
      expect(await rowsRead(database.db, statement, ["task as *"], "custom"), sort ?? "relevance").toBeLessThanOrEqual(
        20,
      );
    }
  });

  it("the bell's page of notifications, with 2 000 of them", async () => {
    await database.db.execute(sql`
      insert into notification (user_id, kind, subject, created_at)
      select ${userId}, 'commented', 'Note ' || i, now() - i * interval '1 minute' from generate_series(1, 2000) as i`);
    await database.db.execute(sql`analyze notification`);
    expect(
      await rowsRead(database.db, built(notificationsPageStatement(userId, undefined)), ["notification as n"]),
    ).toBeLessThanOrEqual(BOUND);
  });
});
