import "server-only";
import { sql } from "drizzle-orm";
import { env } from "@/env";
import { db, listenToDatabase } from "@/server/db";
import { change } from "@/server/db/schema";
import { CHANGES_CHANNEL } from "./feed";
import { ChangeHub } from "./hub";
import { listeningSource, pollingSource } from "./sources";

// One hub per process, on globalThis like the database (dev reloads and Next's separate bundles share it).
const globalForHub = globalThis as typeof globalThis & { tasklaneChangeHub?: ChangeHub };

/** The process's change hub, created on first use (never at import: `next build` opens no database). */
export function changeHub(): ChangeHub {
  globalForHub.tasklaneChangeHub ??= new ChangeHub(
    env.SYNC_MODE === "poll"
      ? pollingSource(readHead, env.SYNC_POLL_MS)
      : listeningSource((handlers) => listenToDatabase(CHANGES_CHANNEL, handlers)),
  );
  return globalForHub.tasklaneChangeHub;
}

/** Ends every open change stream and stops listening (graceful shutdown); a later use starts afresh. */
export function closeChangeHub(): void {
  globalForHub.tasklaneChangeHub?.close();
  globalForHub.tasklaneChangeHub = undefined;
}

async function readHead(): Promise<number> {
  const result = await db.execute<{ head: number }>(
    sql`select coalesce(max(${change.seq}), 0)::bigint as head from ${change}`,
  );
  return Number(result.rows[0]?.head ?? 0);
}
