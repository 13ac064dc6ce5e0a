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
