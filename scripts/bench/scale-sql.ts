// In-process measurement of the sidebar's counts and search at 100 vs 100 000 tasks (issue #20, target 5):
// the query functions the pages call, timed against PostgreSQL in one process, medians of ROUNDS calls,
// plus EXPLAIN ANALYZE of each. `tsx --conditions=react-server scripts/bench/scale-sql.ts`. Asserts nothing.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { todayIn } from "@/lib/dates";
import { listTasksInput } from "@/lib/schemas/task";
import { type DatabaseHandle, createDatabase as openDatabase } from "@/server/db/client";
import { migrateDatabase } from "@/server/db/migrate";
import * as schema from "@/server/db/schema";
import { user as userTable } from "@/server/db/schema";
import { countInbox, listProjects } from "@/server/modules/projects/queries";
import { listTasks } from "@/server/modules/tasks/queries";
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  testServerUrl,
  uniqueDatabaseName,
} from "../../tests/setup/postgres";
import { seedTasks } from "./seed";

const ROUNDS = Number(process.env.SCALE_ROUNDS ?? 41);
const EXPLAIN = process.env.SCALE_EXPLAIN === "1";

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let warm = 0; warm < 3; warm++) await run();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function makeUser(handle: DatabaseHandle, name: string): Promise<string> {
  const id = randomUUID();
  await handle.db.insert(userTable).values({ id, name, email: `${name}@bench.test`, emailVerified: true });
  return id;
}

async function exists(server: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return (await client.query("select 1 from pg_database where datname = $1", [database])).rowCount === 1;
  } finally {
    await client.end();
  }
}

async function main() {
  const server = testServerUrl();
  // SCALE_KEEP=name: seed a database of that name once and keep it, for repeated runs.
  const kept = process.env.SCALE_KEEP;
  const name = kept ?? uniqueDatabaseName("tasklane_scale");
  const url = kept && (await exists(server, kept)) ? databaseUrl(server, kept) : await createDatabase(server, name);
  const handle = openDatabase({ driver: "pg", url });
  try {
    await migrateDatabase(handle);
    const users = await handle.db.execute<{ id: string; name: string }>(
      sql`select id, name from "user" order by name desc`,
    );
    const found = (label: string) => users.rows.find((row) => row.name === label)?.id;
    const small = found("small") ?? (await makeUser(handle, "small"));
    const large = found("large") ?? (await makeUser(handle, "large"));
    if (!found("small")) await seedTasks(handle.db, small, 100, "small");
    if (!found("large")) await seedTasks(handle.db, large, 100_000, "large");
    await handle.db.execute(sql`analyze`);
    const search = listTasksInput.parse({ search: "task" });
    const upcoming = listTasksInput.parse({ status: "open", dueFrom: todayIn("UTC"), sort: "due" });
    const cases: Record<string, (userId: string) => Promise<unknown>> = {
      "project.inboxCount": (userId) => countInbox(handle.db, userId),
      "project.list": (userId) => listProjects(handle.db, userId),
      "task.list": (userId) => listTasks(handle.db, userId, listTasksInput.parse({})),
      "search 'task'": (userId) => listTasks(handle.db, userId, search),
      upcoming: (userId) => listTasks(handle.db, userId, upcoming),
    };
    console.log(`median of ${ROUNDS} calls, ms: 100 tasks | 100 000 tasks | ratio`);
    for (const [label, run] of Object.entries(cases)) {
      const a = await median(() => run(small));
      const b = await median(() => run(large));
      console.log(
        `  ${label.padEnd(20)} ${a.toFixed(2).padStart(7)} ${b.toFixed(2).padStart(8)} ${(b / a).toFixed(2).padStart(7)}`,
      );
    }
    if (EXPLAIN) {
      // The search's statement as the app sends it, through a logger that keeps its text and parameters.
      const statements: { query: string; params: unknown[] }[] = [];
      const logged = drizzle({
        client: handle.client as pg.Pool,
        schema,
        logger: { logQuery: (query, params) => statements.push({ query, params }) },
      });
      await listTasks(logged as unknown as typeof handle.db, large, search);
      const last = statements.at(-1);
      if (last) {
        const result = await (handle.client as pg.Pool).query(
          `explain (analyze, costs off) ${last.query}`,
          last.params,
        );
        console.log("EXPLAIN ANALYZE search 'task' at 100 000:");
        for (const row of result.rows) console.log(`  ${Object.values(row)[0]}`);
      }
      const plans = {
        inbox: sql`select count(*)::int from (select 1 from task where user_id = ${large} and project_id is null and parent_id is null and deleted_at is null and completed_at is null limit 100) as capped`,
      };
      for (const [label, statement] of Object.entries(plans)) {
        const result = await handle.db.execute(sql`explain (analyze, costs off) ${statement}`);
        console.log(`EXPLAIN ANALYZE ${label}:`);
        for (const row of result.rows) console.log(`  ${Object.values(row)[0]}`);
      }
    }
  } finally {
    await handle.close();
    if (!kept) await dropDatabase(server, name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
