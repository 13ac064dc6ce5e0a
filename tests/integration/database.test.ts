import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { type DatabaseHandle, createDatabase as openDatabase } from "@/server/db/client";
import { user } from "@/server/db/schema";
import { toTRPCError } from "@/server/trpc/errors";
import { createUser } from "~tests/factories/users";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

async function pgliteTemplate(): Promise<Blob> {
  const config = inject("testDatabase");
  if (config.mode !== "pglite") throw new Error("only the PGlite suite has a template file");
  return new Blob([readFileSync(config.templateFile)]);
}

describe(`database (${database.mode})`, () => {
  it("runs on the driver this suite asked for", () => {
    expect(database.handle.driver).toBe(database.mode);
  });

  it("has every migration applied", async () => {
    const result = await database.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(result.rows.map((row) => row.table_name)).toEqual([
      "account",
      "calendar_feed",
      "change",
      "comment",
      "conversation",
      "conversation_message",
      "email_outbox",
      "jwks",
      "label",
      "notification",
      "notification_preference",
      "oauth_access_token",
      "oauth_client",
      "oauth_client_assertion",
      "oauth_client_resource",
      "oauth_consent",
      "oauth_refresh_token",
      "oauth_resource",
      "personal_access_token",
      "project",
      "project_invitation",
      "project_member",
      "project_share_link",
      "push_subscription",
      "rate_limit",
      "reminder",
      "reminder_email_count",
      "saved_filter",
      "section",
      "session",
      "task",
      "task_activity",
      "task_label",
      "two_factor",
      "used_totp_code",
      "user",
      "verification",
    ]);
    const journal = JSON.parse(readFileSync("drizzle/meta/_journal.json", "utf8")) as { entries: unknown[] };
    const applied = await database.db.execute<{ count: number }>(
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    expect(journal.entries).toHaveLength(32);
    expect(applied.rows[0]?.count).toBe(32);
    const triggers = await database.db.execute<{ tgname: string }>(
      sql`select tgname from pg_trigger where not tgisinternal order by tgname`,
    );
    expect(triggers.rows.map((row) => row.tgname)).toEqual([
      "comment_change_feed",
      "label_change_feed",
      "notification_change_feed",
      "project_change_feed",
      "project_member_change_feed",
      "reminder_change_feed",
      "reminder_update_change_feed",
      "section_change_feed",
      "session_absolute_expiry",
      "task_activity_log",
      "task_activity_occurrence_creator",
      "task_assigned_by",
      "task_change_feed",
      "task_label_activity_log",
      "task_label_change_feed",
      "task_occurrences_follow",
    ]);
  });

  it("commits a transaction", async () => {
    const email = `commit-${Date.now()}@example.test`;
    await database.db.transaction(async (tx) => {
      await tx.insert(user).values({ name: "Committed", email });
    });
    const rows = await database.db.select().from(user).where(eq(user.email, email));
    expect(rows).toHaveLength(1);
  });

  it("rolls a failed transaction back entirely", async () => {
    const email = `rollback-${Date.now()}@example.test`;
    const attempt = database.db.transaction(async (tx) => {
      await tx.insert(user).values({ name: "Rolled back", email });
      throw new Error("abort");
    });
    await expect(attempt).rejects.toThrow("abort");
    const rows = await database.db.select().from(user).where(eq(user.email, email));
    expect(rows).toHaveLength(0);
  });

  it("reports a duplicate key as CONFLICT", async () => {
    const existing = await createUser(database.db);
    const error = await database.db
      .insert(user)
      .values({ name: "Twin", email: existing.email })
      .then(() => null)
      .catch((caught: unknown) => caught);

    expect(error).not.toBeNull();
    expect(toTRPCError(error).code).toBe("CONFLICT");
  });

  it("reports an unreachable database as SERVICE_UNAVAILABLE", async () => {
    // PGlite cannot be unplugged: a closed instance is its equivalent. Servers: a port nothing listens on.
    const unreachable: DatabaseHandle =
      database.mode === "pglite"
        ? openDatabase({ driver: "pglite", dataDir: "memory://" }, { loadDataDir: await pgliteTemplate() })
        : openDatabase({ driver: database.mode, url: "postgres://postgres@127.0.0.1:1/none" });
    if (unreachable.driver === "pglite") await unreachable.close();

    const error = await unreachable.db
      .execute(sql`select 1`)
      .then(() => null)
      .catch((caught: unknown) => caught);
    await unreachable.close().catch(() => {});

    expect(error).not.toBeNull();
    const mapped = toTRPCError(error);
    expect(mapped.code).toBe("SERVICE_UNAVAILABLE");
    expect(mapped.message).toBe("Database unavailable, try again");
  });
});

// PGlite runs inside this process: it has no connection to lose.
if (database.mode !== "pglite") {
  describe(`a connection lost in the middle of a transaction (${database.mode})`, () => {
    /** Until PostgreSQL no longer lists the backend (it has told its client and closed the socket). */
    async function backendGone(pid: number): Promise<void> {
      for (let attempt = 0; attempt < 200; attempt++) {
        const listed = await database.db.execute<{ count: number }>(
          sql`select count(*)::int as count from pg_stat_activity where pid = ${pid}`,
        );
        if (listed.rows[0]?.count === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`backend ${pid} still running`);
    }

    // The client checked out for the transaction reports the dead socket as an `error` event while no
    // statement of ours is running: without a listener of its own, that is an uncaught exception, which
    // fails this run. Drizzle then throws the failed rollback in place of the first failure.
    it("answers 'database unavailable', keeps nothing of it, and the pool carries on", async () => {
      const email = `lost-${Date.now()}@example.test`;
      const error = await database.db
        .transaction(async (tx) => {
          await tx.insert(user).values({ name: "Half-written", email });
          const backend = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
          const pid = backend.rows[0]?.pid ?? 0;
          await database.db.execute(sql`select pg_terminate_backend(${pid})`);
          await backendGone(pid);
          await tx.execute(sql`select 1`);
        })
        .then(
          () => null,
          (caught: unknown) => caught,
        );

      const mapped = toTRPCError(error);
      expect(mapped.code).toBe("SERVICE_UNAVAILABLE");
      expect(mapped.message).toBe("Database unavailable, try again");
      expect(await database.db.select().from(user).where(eq(user.email, email))).toHaveLength(0);
    });
  });
}
