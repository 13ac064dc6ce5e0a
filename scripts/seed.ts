// npm run db:seed: the demo account (src/lib/demo-account.ts) with a fresh set of projects, labels and
// tasks dated from today. Run it again at any time: the same account gets a new set; no other account
// is touched. The database is the app's own (DATABASE_URL, else the embedded PGlite, migrated on
// open); a server database must have been migrated first (npm run db:migrate).
import { env } from "@/env";
import { isValidTimeZone } from "@/lib/dates";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import { closeDatabase, databaseReady } from "@/server/db";
import { resolveDatabaseConfig } from "@/server/db/config";
import { DatabaseInUseError } from "@/server/db/pglite-lock";
import { offersDemoAccount } from "@/server/demo/offer";
import { seedDemoAccount } from "@/server/seed/seed-demo";

const log = (message: string) => console.log(`[seed] ${message}`);

/** The zone of the machine running the seed: a developer's demo has their "today". */
function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : "UTC";
}

/** Postgres' "relation does not exist", however deep the drivers wrapped it. */
function isMissingTable(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ("code" in current && current.code === "42P01") return true;
  }
  return false;
}

async function main() {
  const started = performance.now();
  const config = resolveDatabaseConfig({
    url: env.DATABASE_URL,
    driver: env.DATABASE_DRIVER,
    pgliteDir: env.PGLITE_DIR,
  });
  log(`${config.driver} at ${config.driver === "pglite" ? config.dataDir : new URL(config.url).host}`);
  await databaseReady();

  const { created, today, counts } = await seedDemoAccount({ timeZone: machineTimeZone(), log });
  const offered = offersDemoAccount({
    demoAccount: env.DEMO_ACCOUNT,
    vercelEnv: env.VERCEL_ENV,
    nodeEnv: env.NODE_ENV,
  });
  log(`Done in ${Math.round(performance.now() - started)} ms (${created ? "new account" : "content replaced"}).`);
  console.log(`
  Email:     ${DEMO_ACCOUNT.email}
  Password:  ${DEMO_ACCOUNT.password}
  Projects:  ${counts.projects}    Labels: ${counts.labels}
  Tasks:     ${counts.tasks} (${counts.subtasks} subtasks, ${counts.completed} completed, ${counts.recurring} repeating)
  Due:       ${counts.overdue} overdue, ${counts.dueToday} today (${today})    Reminders: ${counts.reminders}
  Sign-in page: ${offered ? "offers “Try the demo account”" : "does not offer the demo account here (production; DEMO_ACCOUNT=on to offer it)"}
`);
}

main()
  .catch((error: unknown) => {
    process.exitCode = 1;
    if (error instanceof DatabaseInUseError) {
      console.error(`[seed] ${error.message}\n[seed] Stop \`npm run dev\` (or whatever holds it), then seed again.`);
    } else if (isMissingTable(error)) {
      console.error("[seed] The database has no tables yet: run `npm run db:migrate` first.");
    } else {
      console.error("[seed] failed:", error);
    }
  })
  .finally(() => closeDatabase());
