import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "@/lib/dates";
import { completionsStatement } from "@/server/modules/tasks/completions";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { rowsRead } from "~tests/setup/rows-read";
import { setupTestDatabase } from "~tests/setup/test-database";

// Completed's page reads a page of the activity log whoever else has history there (issue #20: flat as work
// grows, here other people's). A database of its own: the planner's statistics are those of a small
// deployment, one user's repeating task completed 10 000 times beside a user with none, where PostgreSQL's
// generic plan read everyone's index for the light user when the statement allowed it (100 000 rows, 26 ms,
// at 100 000 occurrences).
const database = setupTestDatabase();
const OCCURRENCES = 10_000;
const PAGE = 50;
/** A page and the row past it, read from an index that also holds rows the view leaves out: about twice that. */
const BOUND = 4 * PAGE;

let repeaterId: string;
let lightId: string;

beforeAll(async () => {
  const repeater = await createSignedInUser(database.db, { name: "Waters Daily" });
  repeaterId = repeater.user.id;
  const water = await callerFor(database.db, repeater).task.create({ title: "Water plants", dueDate: todayIn("UTC") });
  // Its completed occurrences, one a day back, as the activity trigger writes them.
  await database.db.execute(sql`
    insert into task_activity (task_id, user_id, kind, changes, created_at)
    select ${water.id}, ${repeaterId}, 'completed',
      jsonb_build_object('dueDate', jsonb_build_object('from', current_date - i, 'to', current_date - i + 1)),
      now() - i * interval '1 day'
    from generate_series(1, ${OCCURRENCES}) as i`);
  const light = await createSignedInUser(database.db, { name: "Seldom Repeats" });
  lightId = light.user.id;
  const letter = await callerFor(database.db, light).task.create({ title: "Post the letter" });
  await callerFor(database.db, light).task.setCompleted({ id: letter.id, completed: true });
  await database.db.execute(sql`analyze`);
}, 120_000);

describe("Completed beside another user's repeating task completed 10 000 times", () => {
  // The occurrences used to come from one index of everyone's, newest first: the light user's page read all of
  // the other user's rows to find none of theirs; and whether each was undone was one hashed read of the
  // whole table for the repeater's page.
  it.each([
    ["the light user", () => lightId],
    ["the repeater", () => repeaterId],
  ])("%s's first page reads a page of the log, under either kind of plan", async (_who, userId) => {
    for (const plan of ["generic", "custom"] as const) {
      const statement = completionsStatement(database.db, userId(), PAGE, null).toSQL();
      expect(
        await rowsRead(database.db, statement, ["task_activity", "task_activity as undone"], plan),
        plan,
      ).toBeLessThanOrEqual(BOUND);
    }
  });
});
