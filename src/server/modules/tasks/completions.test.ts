import { drizzle } from "drizzle-orm/node-postgres";
import { describe, expect, it } from "vitest";
import * as schema from "@/server/db/schema";
import { completionsStatement } from "./completions";

// Completed runs a named prepared statement, as task.list does: a LIMIT bound as a parameter made PostgreSQL
// plan it again on every call (see literalLimit), so each LIMIT is written in the text.

const db = drizzle.mock({ schema });
const USER = "00000000-0000-4000-8000-000000000001";

describe("Completed's statement", () => {
  it("writes the page size and one in its LIMITs, and the same text for every user and cursor", () => {
    const { sql, params } = completionsStatement(db, USER, 20, null).toSQL();
    // Four ordered branches (own and others' tasks, own and others' occurrences), the page of each shared
    // project that others' tasks and their occurrences are read from, and the page over them.
    expect(sql.match(/ limit 21\b/g)).toHaveLength(7);
    expect(sql).not.toMatch(/ limit \$\d+/);
    // Newest first as their indexes are built (DESC NULLS LAST), so each branch is read from one in order.
    expect(sql).not.toMatch(/ desc(?! nulls last)/i);
    expect(params).not.toContain(21);
    const cursor: [string, string] = ["2026-12-07 10:00:00+00", "task:x"];
    const paged = completionsStatement(db, USER, 20, cursor).toSQL();
    expect(paged.sql.match(/ limit 21\b/g)).toHaveLength(7);
    expect(completionsStatement(db, "00000000-0000-4000-8000-000000000002", 20, cursor).toSQL().sql).toBe(paged.sql);
  });
});
