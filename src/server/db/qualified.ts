import "server-only";
import { type Column, getTableName, type SQL, sql } from "drizzle-orm";

/**
 * `"table"."column"`, always. Drizzle writes a column placed directly in a select-list `sql` without its
 * table when the query reads one table, so in a correlated subquery `"id"` would name the subquery's
 * own row instead of the outer one. Use this for every outer column a select-list subquery refers to.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
