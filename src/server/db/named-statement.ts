import "server-only";
import { createHash } from "node:crypto";
import { type Placeholder, sql } from "drizzle-orm";

/**
 * A name for a statement's text, for a server-side prepared statement: each connection parses and plans
 * a named statement once and, after a few runs, reuses a generic plan, where an unnamed one is planned
 * on every call. Worth it for a hot read whose planning costs more than its execution (a view's page of
 * tasks: about 1.5 ms of planning for 0.6 ms of work). The name is the text's hash, so two texts never
 * share one (a connection runs a known name without checking its text).
 */
export function statementName(prefix: string, text: string): string {
  return `${prefix}_${createHash("sha256").update(text).digest("base64url").slice(0, 22)}`;
}

/**
 * A LIMIT written into a statement's text, for `.limit()`. Drizzle binds a number as a parameter, and
 * PostgreSQL costs a generic plan's parameter LIMIT as a tenth of the rows it may read: for a page of 50 of
 * 10 000 tasks, with each row's aggregates, twenty times its custom plan, so a named statement was planned
 * again on every call and never reused its plan (2.6 ms of planning for 0.3 ms of work; issue #20).
 * Drizzle writes an SQL object given as the limit into the text as it is (its dialect's `typeof limit ===
 * "object"`); its types name only numbers and placeholders, hence the assertion, which tests of the
 * statements' text cover (tasks/queries.test.ts, tasks/completions.test.ts).
 */
export function literalLimit(rows: number): Placeholder {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new Error(`A LIMIT is a count of rows, not ${rows}.`);
  const literal: unknown = sql.raw(String(rows));
  return literal as Placeholder;
}
