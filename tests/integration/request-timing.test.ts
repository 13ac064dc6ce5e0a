import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runInRequestScope } from "@/server/request-scope";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

describe("database time per request", () => {
  it("adds every statement's duration to the request it ran in, and nothing outside a request", async () => {
    const outside = await runInRequestScope("a", async (scope) => scope);
    await database.db.execute(sql`select pg_sleep(0.02)`);
    expect(outside.dbMs).toBe(0);

    const scope = await runInRequestScope("b", async (scope) => {
      await database.db.execute(sql`select pg_sleep(0.02)`);
      await database.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
      });
      return scope;
    });
    expect(scope.dbMs).toBeGreaterThanOrEqual(15);
  });
});
