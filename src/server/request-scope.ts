import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { serverTimingHeader } from "@/lib/server-timing";

/** What one request has measured so far, for its Server-Timing header. */
export interface RequestScope {
  requestId: string;
  startedAt: number;
  dbMs: number;
}

// On globalThis: the db client is created in one bundle (instrumentation) and the route handlers that
// start scopes live in others, and they must all see the same storage.
const globalForScope = globalThis as typeof globalThis & { tasklaneRequestScope?: AsyncLocalStorage<RequestScope> };
globalForScope.tasklaneRequestScope ??= new AsyncLocalStorage<RequestScope>();
const storage = globalForScope.tasklaneRequestScope;

export function runInRequestScope<T>(requestId: string, work: (scope: RequestScope) => T): T {
  const scope: RequestScope = { requestId, startedAt: performance.now(), dbMs: 0 };
  return storage.run(scope, () => work(scope));
}

/** The id of the request being served, if one is (errors raised before a tRPC context exists use it). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Adds a query's time to the current request (queries outside any scope, e.g. page renders, are not counted). */
export function recordDbTime(durationMs: number): void {
  const scope = storage.getStore();
  if (scope) scope.dbMs += durationMs;
}

/** The scope's `Server-Timing` value: database time so far and time since the scope began. */
export function serverTiming(scope: RequestScope): string {
  return serverTimingHeader([
    { name: "db", durationMs: scope.dbMs, description: "Database" },
    { name: "total", durationMs: performance.now() - scope.startedAt },
  ]);
}
