import { drizzle } from "drizzle-orm/node-postgres";
import { describe, expect, it } from "vitest";
import { literalLimit, statementName } from "./named-statement";
import * as schema from "./schema";

describe("statementName", () => {
  it("names a text the same way each time, and two texts apart, within PostgreSQL's 63 characters", () => {
    const a = statementName("task_list", "select 1");
    expect(statementName("task_list", "select 1")).toBe(a);
    expect(statementName("task_list", "select 2")).not.toBe(a);
    expect(a).toMatch(/^task_list_[\w-]{22}$/);
    expect(a.length).toBeLessThanOrEqual(63);
  });
});

describe("literalLimit", () => {
  const db = drizzle.mock({ schema });

  it("writes the LIMIT into the statement's text, not as a parameter", () => {
    const { sql, params } = db.select({ id: schema.task.id }).from(schema.task).limit(literalLimit(51)).toSQL();
    expect(sql).toMatch(/ limit 51$/);
    expect(params).toEqual([]);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s", (rows) => {
    expect(() => literalLimit(rows)).toThrow();
  });
});
