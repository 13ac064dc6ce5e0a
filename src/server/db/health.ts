import "server-only";
import { sql } from "drizzle-orm";
import { isConnectionFailure } from "@/server/trpc/errors";
import { databaseReady, db } from "./index";

const HEALTH_TIMEOUT_MS = 3_000;

export type DatabaseHealth =
  | { up: true; latencyMs: number }
  | { up: false; reason: "timeout" | "unreachable" | "error" };

/** One round trip to the database, bounded in time. Never throws. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), HEALTH_TIMEOUT_MS);
  });
  try {
    const probe = databaseReady().then(() => db.execute(sql`select 1`));
    const outcome = await Promise.race([probe, timeout]);
    if (outcome === "timeout") {
      probe.catch(() => {}); // it may still fail later; nobody is waiting for it
      return { up: false, reason: "timeout" };
    }
    return { up: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    console.warn("[health] database check failed:", error instanceof Error ? error.message : error);
    return { up: false, reason: isConnectionFailure(error) ? "unreachable" : "error" };
  } finally {
    clearTimeout(timer);
  }
}
