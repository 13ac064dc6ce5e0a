import { and, count, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import { auth } from "@/server/auth/auth";
import type { Database } from "@/server/db/client";
import { account, label, project, reminder, task, taskActivity, user } from "@/server/db/schema";
import { verifyUserPassword } from "@/server/modules/account/password";
import { seedDemoAccount } from "@/server/seed/seed-demo";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

// The seed and Better Auth work on the process database; in this file, that is the file's test database.
const processDb = vi.hoisted(() => ({ current: null as Database | null }));
vi.mock("@/server/db", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/db")>();
  const db = new Proxy({} as Database, {
    get(_target, property) {
      if (!processDb.current) throw new Error("the test database is not open yet");
      const real = processDb.current;
      const value: unknown = Reflect.get(real, property, real);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });
  return { ...original, db };
});

const database = setupTestDatabase();
beforeAll(() => {
  processDb.current = database.db;
});

const TIME_ZONE = "Europe/Berlin";
// 23:30 in Berlin: "today" is still 10 March there (it is already the 11th nowhere that matters here).
const NOW = new Date("2026-03-10T22:30:00Z");
const TODAY = "2026-03-10";

/** Counted here with plain SQL, not with the seed's own summary. */
async function contentOf(db: Database, userId: string) {
  const live = and(eq(task.userId, userId), isNull(task.deletedAt));
  const countWhere = async (where: ReturnType<typeof and>) =>
    (await db.select({ n: count() }).from(task).where(where))[0]?.n;
  return {
    projects: (await db.select({ name: project.name }).from(project).where(eq(project.userId, userId)))
      .map((row) => row.name)
      .sort(),
    labels: (await db.select({ name: label.name }).from(label).where(eq(label.userId, userId)))
      .map((row) => row.name)
      .sort(),
    tasks: await countWhere(live),
    subtasks: await countWhere(and(live, isNotNull(task.parentId))),
    completed: await countWhere(and(live, isNotNull(task.completedAt))),
    recurring: await countWhere(and(live, isNotNull(task.recurrenceRule))),
    overdue: await countWhere(and(live, isNull(task.completedAt), lt(task.dueDate, TODAY))),
    dueToday: await countWhere(and(live, isNull(task.completedAt), eq(task.dueDate, TODAY))),
    undated: await countWhere(and(live, isNull(task.dueDate))),
    reminders: (await db.select({ n: count() }).from(reminder).where(eq(reminder.userId, userId)))[0]?.n,
  };
}

async function demoUsers(db: Database) {
  return db.select().from(user).where(eq(user.email, DEMO_ACCOUNT.email));
}

const expected = {
  projects: ["Home", "Side project", "Work"],
  labels: ["calls", "deep-work", "errands", "waiting"],
  tasks: 36,
  subtasks: 8,
  completed: 5,
  recurring: 7,
  overdue: 6,
  undated: 14,
  reminders: 2,
};

describe("npm run db:seed", () => {
  it("creates a verified demo account with realistic content, dated from the given day", async () => {
    const result = await seedDemoAccount({ timeZone: TIME_ZONE, now: NOW });
    expect(result).toMatchObject({ created: true, today: TODAY });

    const [demo, ...others] = await demoUsers(database.db);
    expect(others).toEqual([]);
    expect(demo).toMatchObject({
      id: result.userId,
      name: DEMO_ACCOUNT.name,
      emailVerified: true,
      timeZone: TIME_ZONE,
      twoFactorEnabled: false,
    });
    const content = await contentOf(database.db, result.userId);
    expect(content).toMatchObject(expected);
    expect(content.dueToday).toBeGreaterThanOrEqual(5);
    const { projects: _names, labels: _labelNames, undated: _undated, ...counted } = content;
    expect(result.counts).toEqual({ ...counted, projects: 3, labels: 4 });

    // Made through the procedures: the history trigger logged every creation and completion.
    const [logged] = await database.db
      .select({
        created: sql<number>`count(*) filter (where ${taskActivity.kind} = 'created')`.mapWith(Number),
        completed: sql<number>`count(*) filter (where ${taskActivity.kind} = 'completed')`.mapWith(Number),
      })
      .from(taskActivity)
      .where(eq(taskActivity.userId, result.userId));
    expect(logged).toEqual({ created: 36, completed: 5 });
    const weekly = await database.db
      .select({ rule: task.recurrenceRule, from: task.recurrenceFrom, dueDate: task.dueDate })
      .from(task)
      .where(and(eq(task.userId, result.userId), eq(task.title, "Weekly planning")));
    expect(weekly).toEqual([{ rule: "FREQ=WEEKLY;BYDAY=MO", from: "due", dueDate: "2026-03-16" }]);
  });

  it("gives the demo user a password that Better Auth accepts at sign-in", async () => {
    const [demo] = await demoUsers(database.db);
    if (!demo) throw new Error("seed first");
    expect(await verifyUserPassword(database.db, demo.id, DEMO_ACCOUNT.password)).toBe(true);
    expect(await verifyUserPassword(database.db, demo.id, "not the password")).toBe(false);

    const signedIn = await auth.api.signInEmail({
      body: { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password },
    });
    expect(signedIn.user.id).toBe(demo.id);
  });

  it("run again: the same account and counts, fresh dates, a visitor's changes undone, other users untouched", async () => {
    const [before] = await demoUsers(database.db);
    if (!before) throw new Error("seed first");

    const other = await createSignedInUser(database.db);
    const api = callerFor(database.db, other);
    const theirs = await api.project.create({ name: "Work", color: "red" });
    await api.label.create({ name: "errands" });
    await api.task.create({ title: "Their own task", projectId: theirs.id, dueDate: "2026-03-01" });
    const theirsBefore = await contentOf(database.db, other.user.id);
    const theirRows = await database.db.select().from(task).where(eq(task.userId, other.user.id));

    // A visitor of the demo turned on two-factor, changed the password and added a project.
    await database.db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, before.id));
    await database.db.update(account).set({ password: "changed" }).where(eq(account.userId, before.id));
    const demoApi = callerFor(database.db, { user: before, session: { ...other.session, userId: before.id } });
    await demoApi.project.create({ name: "Visitor's project" });

    const tomorrow = new Date(NOW.getTime() + 24 * 60 * 60 * 1000);
    const again = await seedDemoAccount({ timeZone: TIME_ZONE, now: tomorrow });
    expect(again).toMatchObject({ created: false, userId: before.id, today: "2026-03-11" });

    expect(await demoUsers(database.db)).toMatchObject([{ id: before.id, twoFactorEnabled: false }]);
    expect(await verifyUserPassword(database.db, before.id, DEMO_ACCOUNT.password)).toBe(true);
    const [{ n: credentials } = { n: 0 }] = await database.db
      .select({ n: count() })
      .from(account)
      .where(eq(account.userId, before.id));
    expect(credentials).toBe(1);
    // Dated from the new day: the overdue ones are still overdue against it.
    const overdue = await database.db
      .select({ n: count() })
      .from(task)
      .where(and(eq(task.userId, before.id), isNull(task.completedAt), lt(task.dueDate, "2026-03-11")));
    expect(overdue[0]?.n).toBe(expected.overdue);
    const { overdue: _datedFromBefore, ...sameCounts } = expected;
    expect(await contentOf(database.db, before.id)).toMatchObject(sameCounts);

    expect(await contentOf(database.db, other.user.id)).toEqual(theirsBefore);
    expect(await database.db.select().from(task).where(eq(task.userId, other.user.id))).toEqual(theirRows);
  });
});
