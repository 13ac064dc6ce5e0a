import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { task } from "@/server/db/schema";
import { appRouter } from "@/server/trpc/root";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

type Caller = ReturnType<typeof callerFor>;

interface AccessCase {
  /** Calls the procedure with the owner's task id (and, where a procedure takes two, the caller's own). */
  call(api: Caller, ids: { target: string; own: string }): Promise<unknown>;
  /** The owner's task starts in the trash (restore only acts on trashed tasks). */
  trashed?: boolean;
}

/**
 * Every procedure of the `task` router, with a call that names a task by id.
 * A procedure added to the router without an entry here fails the first test.
 */
const CASES: Record<string, AccessCase> = {
  "task.byId": { call: (api, { target }) => api.task.byId({ id: target }) },
  "task.update": {
    call: async (api, { target }) => api.task.update({ id: target, updatedAt: new Date(), title: "pwned" }),
  },
  "task.setCompleted": { call: (api, { target }) => api.task.setCompleted({ id: target, completed: true }) },
  "task.delete": { call: (api, { target }) => api.task.delete({ id: target }) },
  "task.restore": { call: (api, { target }) => api.task.restore({ id: target }), trashed: true },
  "task.reorder": { call: (api, { target, own }) => api.task.reorder({ id: target, afterId: own }) },
  "task.reorder (as neighbour)": {
    call: (api, { target, own }) => api.task.reorder({ id: own, afterId: target }),
  },
};

/** Procedures that take no task id; they still need a session. */
const WITHOUT_ID: Record<string, (api: Caller) => Promise<unknown>> = {
  "task.list": (api) => api.task.list({}),
  "task.create": (api) => api.task.create({ title: "anonymous" }),
};

const taskProcedures = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("task."));

let owner: Session;
let stranger: Session;

beforeAll(async () => {
  owner = await createSignedInUser(database.db);
  stranger = await createSignedInUser(database.db);
});

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

describe("task router access control", () => {
  it("covers every procedure of the task router", () => {
    const covered = new Set([...Object.keys(CASES).map((name) => name.split(" ")[0]), ...Object.keys(WITHOUT_ID)]);
    expect(taskProcedures.filter((path) => !covered.has(path))).toEqual([]);
    expect(taskProcedures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.entries(CASES))("%s: another user's task is NOT_FOUND and stays unchanged", async (_name, access) => {
    const ownerApi = callerFor(database.db, owner);
    const target = await ownerApi.task.create({ title: "private", description: "mine" });
    if (access.trashed) await ownerApi.task.delete({ id: target.id });
    const own = await callerFor(database.db, stranger).task.create({ title: "stranger's" });
    const before = await database.db.select().from(task).where(eq(task.id, target.id));

    const code = await codeOf(access.call(callerFor(database.db, stranger), { target: target.id, own: own.id }));

    expect(code).toBe("NOT_FOUND");
    expect(await database.db.select().from(task).where(eq(task.id, target.id))).toEqual(before);
  });

  it.each(taskProcedures)("%s is UNAUTHORIZED without a session", async (path) => {
    const anonymous = callerFor(database.db, null);
    const ids = { target: crypto.randomUUID(), own: crypto.randomUUID() };
    const call = CASES[path]?.call ?? ((api: Caller) => WITHOUT_ID[path]?.(api) ?? Promise.reject(new Error(path)));
    expect(await codeOf(call(anonymous, ids))).toBe("UNAUTHORIZED");
  });
});
