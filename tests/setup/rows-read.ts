import { type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "@/server/db";

/** A value of the statement's as an SQL literal (uuids, numbers, text, times: what these statements bind). */
function literal(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return `'${value.toISOString()}'`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

type PlanNode = {
  "Relation Name"?: string;
  Alias?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
};

const dialect = new PgDialect();

/** An SQL value as the text and values the driver sends. */
export const built = (value: SQL) => dialect.sqlToQuery(value);

/**
 * The rows the statement's scans of `relations` read ("task" under its own name, not a subtask's or parent's
 * lookup as "task as sub"; "notification as n"; "task as *": every scan of `task`): those a scan returned and
 * those its filter dropped (EXPLAIN gives both per loop). Run as the app runs it, a prepared statement, under
 * the generic plan PostgreSQL keeps for one after a few calls (its values unknown when planned), so a plan that
 * holds only for given values fails here; or under the custom plans of its first calls (`plan: "custom"`).
 */
export async function rowsRead(
  db: Database,
  statement: { sql: string; params: unknown[] },
  relations = ["task"],
  plan: "generic" | "custom" = "generic",
): Promise<number> {
  const values = statement.params.map(literal).join(", ");
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local plan_cache_mode = force_${plan}_plan`));
    await tx.execute(sql.raw(`prepare explained as ${statement.sql}`));
    const explain = await tx.execute(
      sql.raw(`explain (analyze, format json) execute explained${values ? `(${values})` : ""}`),
    );
    await tx.execute(sql`deallocate explained`);
    return explain;
  });
  const [row] = result.rows as { "QUERY PLAN": unknown }[];
  const explained = typeof row?.["QUERY PLAN"] === "string" ? JSON.parse(row["QUERY PLAN"]) : row?.["QUERY PLAN"];
  const [{ Plan: root }] = explained as [{ Plan: PlanNode }];
  const scanned = ({ "Relation Name": relation, Alias: alias }: PlanNode) =>
    relation !== undefined &&
    (relations.includes(alias === relation ? relation : `${relation} as ${alias}`) ||
      relations.includes(`${relation} as *`));
  const read = (node: PlanNode): number =>
    (scanned(node) ? (node["Actual Rows"] + (node["Rows Removed by Filter"] ?? 0)) * node["Actual Loops"] : 0) +
    (node.Plans ?? []).reduce((sum, child) => sum + read(child), 0);
  return read(root);
}
