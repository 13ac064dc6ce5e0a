import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "./client";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";

/** drizzle/ as it was before the migrations from `firstTag` on: the same files, a shorter journal. */
function migrationsBefore(firstTag: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "tasklane-migrations-"));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal: { entries: { tag: string }[] } = JSON.parse(readFileSync(journalFile, "utf8"));
  const cut = journal.entries.findIndex((entry) => entry.tag === firstTag);
  if (cut < 0) throw new Error(`no migration ${firstTag}`);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return folder;
}

const DAY_MS = 24 * 60 * 60 * 1000;

// Issue #15's migrations run on a database filled before them: nothing is lost, and what changes is meant to.
describe("migrating a filled database forward through reminder claims and required token expiry", () => {
  let handle: DatabaseHandle;
  let earlier: string;

  beforeAll(async () => {
    earlier = migrationsBefore("0008_reminder_delivery_claims");
    handle = createDatabase({ driver: "pglite", dataDir: "memory://" });
    await migrateDatabase(handle, earlier);
    const db = handle.db;
    await db.execute(sql`insert into "user" (id, name, email) values
      ('00000000-0000-4000-8000-000000000001', 'Ada', 'ada@example.test')`);
    await db.execute(sql`insert into personal_access_token (user_id, name, token_hash, last_characters, expires_at) values
      ('00000000-0000-4000-8000-000000000001', 'never', 'hash-never', 'abcd', null),
      ('00000000-0000-4000-8000-000000000001', 'a week', 'hash-week', 'efgh', now() + interval '7 days')`);
    await db.execute(sql`insert into task (id, user_id, title, position) values
      ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000001', 'Pay rent', 'a0')`);
    await db.execute(sql`insert into reminder (user_id, task_id, kind, remind_at, sent_at) values
      ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a1', 'absolute', now() - interval '1 hour', now()),
      ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000a1', 'absolute', now() + interval '1 hour', null)`);
    await migrateDatabase(handle);
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
    if (earlier) rmSync(earlier, { recursive: true, force: true });
  });

  it("gives a token that never expired a year from the migration and keeps a dated one's date", async () => {
    const { rows } = await handle.db.execute<{ name: string; days: number }>(
      sql`select name, extract(epoch from expires_at - now()) * 1000 / ${DAY_MS} as days
          from personal_access_token order by name`,
    );
    expect(rows.map((row) => ({ name: row.name, days: Math.round(Number(row.days)) }))).toEqual([
      { name: "a week", days: 7 },
      { name: "never", days: 365 },
    ]);
    await expect(
      handle.db.execute(sql`insert into personal_access_token (user_id, name, token_hash, last_characters)
        values ('00000000-0000-4000-8000-000000000001', 'no date', 'hash-none', 'ijkl')`),
    ).rejects.toThrow();
  });

  it("keeps every reminder, sent or armed, unclaimed", async () => {
    const { rows } = await handle.db.execute<{ sent: boolean; claim_id: string | null; attempts: number }>(
      sql`select sent_at is not null as sent, claim_id, attempts from reminder order by remind_at`,
    );
    expect(rows).toEqual([
      { sent: true, claim_id: null, attempts: 0 },
      { sent: false, claim_id: null, attempts: 0 },
    ]);
  });
});

// Issue #17: projects are reached through their members. A database filled before the change keeps every
// project, each with its creator as owner, in the same sidebar order.
describe("migrating a filled database forward to project members", () => {
  let handle: DatabaseHandle;
  let earlier: string;
  const ada = "00000000-0000-4000-8000-000000000001";
  const bob = "00000000-0000-4000-8000-000000000002";

  beforeAll(async () => {
    earlier = migrationsBefore("0010_project_members");
    handle = createDatabase({ driver: "pglite", dataDir: "memory://" });
    await migrateDatabase(handle, earlier);
    const db = handle.db;
    await db.execute(sql`insert into "user" (id, name, email) values
      (${ada}, 'Ada', 'ada@example.test'), (${bob}, 'Bob', 'bob@example.test')`);
    await db.execute(sql`insert into project (id, user_id, name, position, archived_at) values
      ('00000000-0000-4000-8000-0000000000b1', ${ada}, 'Work', 'a1', null),
      ('00000000-0000-4000-8000-0000000000b2', ${ada}, 'Home', 'a0', null),
      ('00000000-0000-4000-8000-0000000000b3', ${ada}, 'Old', 'a2', now()),
      ('00000000-0000-4000-8000-0000000000b4', ${bob}, 'Bob''s', 'a0', null)`);
    await db.execute(sql`insert into task (user_id, project_id, title, position) values
      (${ada}, '00000000-0000-4000-8000-0000000000b1', 'Report', 'a0')`);
    await migrateDatabase(handle);
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
    if (earlier) rmSync(earlier, { recursive: true, force: true });
  });

  it("makes every project's creator its owner, keeping their sidebar order and nobody else's", async () => {
    const { rows } = await handle.db.execute<{ name: string; user_id: string; role: string; position: string }>(
      sql`select p.name, m.user_id, m.role, m.position from project_member m join project p on p.id = m.project_id
          order by m.user_id, m.position`,
    );
    expect(rows).toEqual([
      { name: "Home", user_id: ada, role: "owner", position: "a0" },
      { name: "Work", user_id: ada, role: "owner", position: "a1" },
      { name: "Old", user_id: ada, role: "owner", position: "a2" },
      { name: "Bob's", user_id: bob, role: "owner", position: "a0" },
    ]);
  });

  it("keeps every project and task as they were", async () => {
    const { rows } = await handle.db.execute<{ projects: number; archived: number; tasks: number }>(
      sql`select (select count(*)::int from project) as projects,
                 (select count(*)::int from project where archived_at is not null) as archived,
                 (select count(*)::int from task where project_id is not null) as tasks`,
    );
    expect(rows).toEqual([{ projects: 4, archived: 1, tasks: 1 }]);
  });
});
