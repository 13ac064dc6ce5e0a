import { randomUUID } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { calendarFeed, conversation, label, personalAccessToken, project, task } from "@/server/db/schema";
import { ensureConversation } from "@/server/modules/conversations/store";
import { ROW_QUOTAS } from "@/server/quotas";
import { toTRPCError } from "@/server/trpc/errors";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

/** How many creates race for the last free places: twice as many as there are. */
const FREE = 5;
const RACERS = FREE * 2;

/** Runs the creates at once (on PostgreSQL each on its own connection); counts the successes and refusals. */
async function race(create: (index: number) => Promise<unknown>) {
  const outcomes = await Promise.allSettled(Array.from({ length: RACERS }, (_, index) => create(index)));
  const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
  return { created: outcomes.length - refused.length, refused };
}

function expectQuotaRefusals(refused: unknown[], wording: RegExp) {
  expect(refused).toHaveLength(RACERS - FREE);
  for (const reason of refused) {
    // As the caller gets it: a procedure's refusal arrives mapped, a module function's (the assistant's
    // conversation) is mapped by the route.
    const answer = toTRPCError(reason);
    expect(answer).toMatchObject({ code: "FORBIDDEN" });
    expect(answer.message).toMatch(wording);
  }
}

async function userWith(seed: (userId: string) => Promise<unknown>): Promise<Session> {
  const me = await createSignedInUser(database.db);
  await seed(me.user.id);
  return me;
}

/** `n` base-62 keys in order ("c" + three digits: integer keys of fractional-indexing), made by the database. */
const orderKey = (i: string) =>
  sql.raw(
    `'c' || substr(d, ${i} / 3844 % 62 + 1, 1) || substr(d, ${i} / 62 % 62 + 1, 1) || substr(d, ${i} % 62 + 1, 1)`,
  );
const DIGITS = sql.raw(`(select '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' as d) as digits`);

describe("row quotas hold when creates race for the last places", () => {
  it("API tokens: exactly the quota, the rest refused with the limit named", async () => {
    const quota = ROW_QUOTAS.accessTokens;
    const me = await userWith((userId) =>
      database.db.insert(personalAccessToken).values(
        Array.from({ length: quota - FREE }, (_, index) => ({
          userId,
          name: `seeded ${index}`,
          tokenHash: randomUUID(),
          lastCharacters: "abcd",
          expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
        })),
      ),
    );
    const caller = callerFor(database.db, me);
    const { created, refused } = await race((index) =>
      caller.accessToken.create({ name: `race ${index}`, expiresInDays: 30 }),
    );
    expect(created).toBe(FREE);
    expectQuotaRefusals(refused, /limit of 50 API tokens/);
    expect(await database.db.$count(personalAccessToken, eq(personalAccessToken.userId, me.user.id))).toBe(quota);
  });

  it("calendar feeds", async () => {
    const quota = ROW_QUOTAS.calendarFeeds;
    const me = await userWith((userId) =>
      database.db
        .insert(calendarFeed)
        .values(
          Array.from({ length: quota - FREE }, () => ({ userId, tokenHash: randomUUID(), lastCharacters: "abcd" })),
        ),
    );
    const caller = callerFor(database.db, me);
    const { created, refused } = await race(() => caller.calendarFeed.create({}));
    expect(created).toBe(FREE);
    expectQuotaRefusals(refused, /limit of 50 calendar feeds/);
    expect(await database.db.$count(calendarFeed, eq(calendarFeed.userId, me.user.id))).toBe(quota);
  });

  it("labels", async () => {
    const quota = ROW_QUOTAS.labels;
    const me = await userWith((userId) =>
      database.db.execute(
        sql`insert into label (user_id, name) select ${userId}, 'seeded ' || i from generate_series(1, ${quota - FREE}) as i`,
      ),
    );
    const caller = callerFor(database.db, me);
    const { created, refused } = await race((index) => caller.label.create({ name: `race ${index}` }));
    expect(created).toBe(FREE);
    expectQuotaRefusals(refused, /limit of 1,000 labels/);
    expect(await database.db.$count(label, eq(label.userId, me.user.id))).toBe(quota);
  });

  it("projects", async () => {
    const quota = ROW_QUOTAS.projects;
    const me = await userWith((userId) =>
      database.db.execute(
        sql`with made as (
          insert into project (user_id, name) select ${userId}, 'seeded ' || i from generate_series(0, ${quota - FREE - 1}) as i
          returning id, (substr(name, 8))::int as i)
        insert into project_member (project_id, user_id, role, position)
          select made.id, ${userId}, 'owner', ${orderKey("made.i")} from made, ${DIGITS}`,
      ),
    );
    const caller = callerFor(database.db, me);
    const { created, refused } = await race((index) => caller.project.create({ name: `race ${index}` }));
    expect(created).toBe(FREE);
    expectQuotaRefusals(refused, /limit of 500 projects/);
    expect(await database.db.$count(project, eq(project.userId, me.user.id))).toBe(quota);
  });

  // Seeding 50,000 tasks takes PGlite about 40 s (the search index): the same lock and count run on PGlite
  // in every other case here, and this one runs on PostgreSQL.
  it.skipIf(database.mode === "pglite")("tasks, trashed ones included", { timeout: 60_000 }, async () => {
    const quota = ROW_QUOTAS.tasks;
    const me = await userWith((userId) =>
      database.db.execute(
        sql`insert into task (user_id, title, position, deleted_at) select ${userId}, 'seeded', ${orderKey("i")}, case when i % 2 = 0 then now() end from generate_series(0, ${quota - FREE - 1}) as i, ${DIGITS}`,
      ),
    );
    const caller = callerFor(database.db, me);
    const { created, refused } = await race((index) => caller.task.create({ title: `race ${index}` }));
    expect(created).toBe(FREE);
    expectQuotaRefusals(refused, /limit of 50,000 tasks/);
    const [row] = await database.db.select({ total: count() }).from(task).where(eq(task.userId, me.user.id));
    expect(row?.total).toBe(quota);
  });

  it("assistant conversations; one that exists already is still found", async () => {
    const quota = ROW_QUOTAS.conversations;
    const me = await userWith((userId) =>
      database.db.execute(
        sql`insert into conversation (user_id, title) select ${userId}, 'seeded' from generate_series(1, ${quota - FREE}) as i`,
      ),
    );
    const ids = Array.from({ length: RACERS }, () => randomUUID());
    const { created, refused } = await race((index) =>
      ensureConversation(database.db, me.user.id, ids[index] ?? "", "hi"),
    );
    expect(created).toBe(FREE);
    expectQuotaRefusals(refused, /limit of 1,000 conversations/);
    expect(await database.db.$count(conversation, eq(conversation.userId, me.user.id))).toBe(quota);
    const [kept] = await database.db
      .select({ id: conversation.id })
      .from(conversation)
      .where(eq(conversation.title, "hi"));
    expect(await ensureConversation(database.db, me.user.id, kept?.id ?? "", "again")).toBe(true);
  });

  it("counts each user's rows alone", async () => {
    const full = await userWith((userId) =>
      database.db.execute(
        sql`insert into label (user_id, name) select ${userId}, 'seeded ' || i from generate_series(1, ${ROW_QUOTAS.labels}) as i`,
      ),
    );
    const other = await createSignedInUser(database.db);
    expect((await failure(callerFor(database.db, full).label.create({ name: "one more" }))).code).toBe("FORBIDDEN");
    await expect(callerFor(database.db, other).label.create({ name: "one more" })).resolves.toMatchObject({
      name: "one more",
    });
  });
});
