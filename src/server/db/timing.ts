import "server-only";
import { PgPreparedQuery } from "drizzle-orm/pg-core";
import { recordDbTime } from "@/server/request-scope";

const TIMED = Symbol.for("tasklane.timedQueries");

type QueryWithCache = (this: unknown, ...args: unknown[]) => Promise<unknown>;

/**
 * Times every SQL statement for the request's Server-Timing header. The hook sits on Drizzle's
 * `PgPreparedQuery.queryWithCache` because every driver we use (pg, Neon, PGlite) sends each statement,
 * Better Auth's and transactions' included, through that one method; Drizzle's own logger is called
 * before a query runs and never learns its duration. It is internal API: tests/http/operability.test.ts
 * fails (no db entry in Server-Timing) if a Drizzle upgrade renames it.
 */
export function timeQueries(): void {
  const prototype: object = PgPreparedQuery.prototype;
  const original: unknown = Reflect.get(prototype, "queryWithCache");
  if (typeof original !== "function" || Reflect.get(original, TIMED) === true) return;
  const timed: QueryWithCache = async function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    try {
      return await Reflect.apply(original, this, args);
    } finally {
      recordDbTime(performance.now() - started);
    }
  };
  Reflect.set(timed, TIMED, true);
  Reflect.set(prototype, "queryWithCache", timed);
}
