import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { task } from "@/server/db/schema";
import { insertTasks } from "~tests/factories/tasks";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
});

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

const titles = (items: { title: string }[]) => items.map((item) => item.title);

describe("task.create", () => {
  it("creates an open task with defaults, trimming the title", async () => {
    const created = await api.task.create({ title: "  Buy milk  " });
    expect(created).toMatchObject({
      title: "Buy milk",
      description: "",
      priority: 4,
      dueDate: null,
      dueTime: null,
      completed: false,
      completedAt: null,
    });
    expect(created.updatedAt).toBeInstanceOf(Date);
  });

  it("keeps every field it is given, and a client-made id", async () => {
    const id = crypto.randomUUID();
    const created = await api.task.create({
      id,
      title: "Dentist",
      description: "Bring the **form**",
      priority: 1,
      dueDate: "2026-12-03",
      dueTime: "09:30",
    });
    expect(created).toMatchObject({ id, priority: 1, dueDate: "2026-12-03", dueTime: "09:30" });
    expect(await api.task.byId({ id })).toEqual(created);
  });

  it("appends new tasks at the end of the manual order", async () => {
    for (const title of ["one", "two", "three"]) await api.task.create({ title });
    expect(titles((await api.task.list({})).items)).toEqual(["one", "two", "three"]);
  });

  it.each([
    [{ title: "   " }, "title", "Enter a title."],
    [{ title: "x".repeat(501) }, "title", "Use at most 500 characters."],
    [{ title: "ok", description: "x".repeat(10_001) }, "description", "Use at most 10,000 characters."],
    [{ title: "ok", priority: 5 }, "priority", "Priority is p1 to p4."],
    [{ title: "ok", dueDate: "2026-02-30" }, "dueDate", "Use a date like 2026-03-31."],
    [{ title: "ok", dueDate: "2026-02-03", dueTime: "25:00" }, "dueTime", "Use a time like 09:30."],
    [{ title: "ok", dueTime: "09:00" }, "dueTime", "A due time needs a due date."],
  ])("refuses %j with a message on the field", async (input, field, message) => {
    const error = await failure(api.task.create(input));
    expect(error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(error.cause)).toContain(message);
    expect(JSON.stringify(error.cause)).toContain(field);
    expect((await api.task.list({})).items).toEqual([]);
  });

  it("is idempotent for a client-made id: a retried create returns the same task", async () => {
    const id = crypto.randomUUID();
    const first = await api.task.create({ id, title: "Once" });
    const again = await api.task.create({ id, title: "Once" });
    expect(again).toEqual(first);
    expect((await api.task.list({})).items).toHaveLength(1);
  });

  it("refuses an id that another user's task already has", async () => {
    const theirs = await callerFor(database.db, await createSignedInUser(database.db)).task.create({ title: "x" });
    const error = await failure(api.task.create({ id: theirs.id, title: "Mine?" }));
    expect(error.code).toBe("CONFLICT");
  });

  it("gives tasks created at the same moment distinct positions", async () => {
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, index) => api.task.create({ title: `t${index}` })),
    );
    expect(new Set(created.map((task) => task.position)).size).toBe(10);
  });

  it("refuses unknown keys", async () => {
    const error = await failure(api.task.create({ title: "ok", userId: session.user.id } as never));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("task.update", () => {
  it("changes only the given fields and moves updatedAt forward", async () => {
    const created = await api.task.create({ title: "Draft", priority: 3 });
    const updated = await api.task.update({ id: created.id, updatedAt: created.updatedAt, title: "Final" });
    expect(updated).toMatchObject({ title: "Final", priority: 3 });
    expect(updated.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
  });

  it("refuses a stale update with CONFLICT and changes nothing", async () => {
    const created = await api.task.create({ title: "Shared" });
    await api.task.update({ id: created.id, updatedAt: created.updatedAt, title: "Edited on the phone" });

    const error = await failure(
      api.task.update({ id: created.id, updatedAt: created.updatedAt, title: "From the laptop" }),
    );

    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("This task changed elsewhere — showing the latest");
    expect((await api.task.byId({ id: created.id })).title).toBe("Edited on the phone");
  });

  it("lets exactly one of 50 parallel updates with the same updatedAt win; the rest are CONFLICT", async () => {
    const created = await api.task.create({ title: "Race" });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        api.task.update({ id: created.id, updatedAt: created.updatedAt, title: `Writer ${index}` }),
      ),
    );
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const codes = results.flatMap((result) =>
      result.status === "rejected" ? [result.reason instanceof TRPCError ? result.reason.code : "OTHER"] : [],
    );
    expect(fulfilled).toHaveLength(1);
    expect(codes).toEqual(Array.from({ length: 49 }, () => "CONFLICT"));
    const winner = fulfilled[0]?.status === "fulfilled" ? fulfilled[0].value.title : null;
    expect((await api.task.byId({ id: created.id })).title).toBe(winner);
  });

  it("clears the due time with the due date", async () => {
    const created = await api.task.create({ title: "Call", dueDate: "2026-12-01", dueTime: "10:00" });
    const updated = await api.task.update({ id: created.id, updatedAt: created.updatedAt, dueDate: null });
    expect(updated).toMatchObject({ dueDate: null, dueTime: null });
  });

  it("refuses a due time on a task without a due date, in words", async () => {
    const created = await api.task.create({ title: "Undated" });
    const error = await failure(api.task.update({ id: created.id, updatedAt: created.updatedAt, dueTime: "08:00" }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "A due time needs a due date." });
  });

  it("refuses an update that changes nothing", async () => {
    const created = await api.task.create({ title: "Same" });
    const error = await failure(api.task.update({ id: created.id, updatedAt: created.updatedAt }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("task.setCompleted", () => {
  it("completes and reopens, keeping the first completion time", async () => {
    const created = await api.task.create({ title: "Water plants" });
    const done = await api.task.setCompleted({ id: created.id, completed: true });
    expect(done.completed).toBe(true);
    expect(done.completedAt).toBeInstanceOf(Date);

    const again = await api.task.setCompleted({ id: created.id, completed: true });
    expect(again.completedAt).toEqual(done.completedAt);

    const reopened = await api.task.setCompleted({ id: created.id, completed: false });
    expect(reopened).toMatchObject({ completed: false, completedAt: null });
  });
});

describe("task.delete and task.restore", () => {
  it("moves a task to the trash and brings it back in its place", async () => {
    const [first, second, third] = await Promise.all(["a", "b", "c"].map((title) => api.task.create({ title })));
    if (!first || !second || !third) throw new Error("setup");
    expect(await api.task.delete({ id: second.id })).toMatchObject({ id: second.id, deletedAt: expect.any(Date) });
    expect((await failure(api.task.byId({ id: second.id }))).code).toBe("NOT_FOUND");
    expect((await failure(api.task.delete({ id: second.id }))).code).toBe("NOT_FOUND");

    const restored = await api.task.restore({ id: second.id });
    expect(restored.position).toBe(second.position);
    expect((await api.task.list({})).items).toHaveLength(3);
  });

  it("never gives a new task the key of a trashed one, so restoring cannot collide", async () => {
    const first = await api.task.create({ title: "first" });
    const second = await api.task.create({ title: "second" });
    await api.task.delete({ id: second.id });
    const third = await api.task.create({ title: "third" });
    expect(third.position).not.toBe(second.position);
    await api.task.restore({ id: second.id });
    const positions = (await api.task.list({})).items.map((task) => task.position);
    expect(new Set(positions).size).toBe(3);
    expect(titles((await api.task.list({})).items)).toEqual(["first", "second", "third"]);
    expect(first.position < second.position).toBe(true);
  });

  it("restoring a task that is not in the trash changes nothing", async () => {
    const created = await api.task.create({ title: "Live" });
    expect(await api.task.restore({ id: created.id })).toEqual(created);
  });
});

describe("task.reorder", () => {
  async function threeTasks() {
    const a = await api.task.create({ title: "A" });
    const b = await api.task.create({ title: "B" });
    const c = await api.task.create({ title: "C" });
    return { a, b, c };
  }
  const order = async () => titles((await api.task.list({})).items);

  it("moves a task between two others", async () => {
    const { a, b, c } = await threeTasks();
    await api.task.reorder({ id: c.id, afterId: a.id, beforeId: b.id });
    expect(await order()).toEqual(["A", "C", "B"]);
  });

  it("moves a task after one (its next neighbour found), before one, first and last", async () => {
    const { a, b, c } = await threeTasks();
    await api.task.reorder({ id: a.id, afterId: b.id });
    expect(await order()).toEqual(["B", "A", "C"]);
    await api.task.reorder({ id: c.id, beforeId: b.id });
    expect(await order()).toEqual(["C", "B", "A"]);
    await api.task.reorder({ id: a.id, afterId: null });
    expect(await order()).toEqual(["A", "C", "B"]);
    await api.task.reorder({ id: a.id, beforeId: null });
    expect(await order()).toEqual(["C", "B", "A"]);
  });

  it("places a task next to its visible neighbour without colliding with a hidden one", async () => {
    const { a, b, c } = await threeTasks();
    await api.task.setCompleted({ id: a.id, completed: true });
    // In the open view C moves to the top: just before B (A, completed, is hidden).
    const moved = await api.task.reorder({ id: c.id, afterId: null, beforeId: b.id });
    const all = (await api.task.list({ status: "all" })).items;
    expect(titles(all)).toEqual(["A", "C", "B"]);
    expect(new Set(all.map((item) => item.position)).size).toBe(3);
    expect(moved.position > a.position && moved.position < b.position).toBe(true);
  });

  it("refuses neighbours in the wrong order, unknown neighbours, and no neighbour at all", async () => {
    const { a, b, c } = await threeTasks();
    expect((await failure(api.task.reorder({ id: c.id, afterId: b.id, beforeId: a.id }))).code).toBe("BAD_REQUEST");
    expect((await failure(api.task.reorder({ id: c.id, afterId: crypto.randomUUID() }))).code).toBe("NOT_FOUND");
    expect((await failure(api.task.reorder({ id: c.id }))).code).toBe("BAD_REQUEST");
    expect((await failure(api.task.reorder({ id: c.id, afterId: c.id }))).code).toBe("BAD_REQUEST");
    expect(await order()).toEqual(["A", "B", "C"]);
  });
});

describe("task.list", () => {
  it("filters by status", async () => {
    const [open, done] = await Promise.all([api.task.create({ title: "open" }), api.task.create({ title: "done" })]);
    if (!open || !done) throw new Error("setup");
    await api.task.setCompleted({ id: done.id, completed: true });
    expect(titles((await api.task.list({ status: "open" })).items)).toEqual(["open"]);
    expect(titles((await api.task.list({ status: "completed" })).items)).toEqual(["done"]);
    expect((await api.task.list({ status: "all" })).items).toHaveLength(2);
  });

  it("never shows another user's tasks", async () => {
    const stranger = await createSignedInUser(database.db);
    await callerFor(database.db, stranger).task.create({ title: "theirs" });
    expect((await api.task.list({ status: "all" })).items).toEqual([]);
  });

  it("sorts by each order", async () => {
    await insertTasks(database.db, session.user.id, 5, (index) => ({
      title: ["delta", "Alpha", "charlie", "bravo", "echo"][index],
      priority: [3, 1, 4, 1, 2][index],
      dueDate: ["2026-12-05", null, "2026-12-01", "2026-12-01", null][index],
      dueTime: [null, null, "15:00", "09:00", null][index],
      createdAt: new Date(Date.UTC(2026, 0, index + 1)),
    }));
    const sorted = async (sort: "manual" | "created" | "due" | "priority" | "title") =>
      titles((await api.task.list({ sort })).items);
    expect(await sorted("manual")).toEqual(["delta", "Alpha", "charlie", "bravo", "echo"]);
    expect(await sorted("created")).toEqual(["echo", "bravo", "charlie", "Alpha", "delta"]);
    expect(await sorted("due")).toEqual(["bravo", "charlie", "delta", "Alpha", "echo"]);
    expect(await sorted("priority")).toEqual(["Alpha", "bravo", "echo", "delta", "charlie"]);
    expect(await sorted("title")).toEqual(["Alpha", "bravo", "charlie", "delta", "echo"]);
  });

  const sorts = ["manual", "created", "due", "priority", "title"] as const;
  const statuses = ["open", "completed", "all"] as const;

  it.each(sorts.flatMap((sort) => statuses.map((status) => [sort, status] as const)))(
    "pages through every task exactly once (sort %s, status %s)",
    async (sort, status) => {
      const rows = await insertTasks(database.db, session.user.id, 23, (index) => ({
        // Repeated keys force the id tie-breaker; a third of the tasks are completed.
        title: `Task ${index % 4}`,
        priority: (index % 3) + 1,
        dueDate: index % 5 === 0 ? null : `2026-12-0${(index % 3) + 1}`,
        dueTime: index % 2 === 0 && index % 5 !== 0 ? "08:00" : null,
        completedAt: index % 3 === 0 ? new Date() : null,
        createdAt: new Date(Date.UTC(2026, 0, 1 + (index % 6))),
      }));
      const expected = rows.filter((row) =>
        status === "all" ? true : status === "open" ? row.completedAt === null : row.completedAt !== null,
      );

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof api.task.list>> = await api.task.list({ sort, status, limit: 5, cursor });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 20);

      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.toSorted()).toEqual(expected.map((row) => row.id).toSorted());
      const unpaged = await api.task.list({ sort, status, limit: 100 });
      expect(seen).toEqual(unpaged.items.map((item) => item.id));
    },
  );

  it("has no duplicates or gaps when tasks are added between page loads", async () => {
    const original = await insertTasks(database.db, session.user.id, 12);
    const first = await api.task.list({ limit: 5 });
    // New tasks land at the end (manual order) and at the top (newest first): neither disturbs the pages.
    await api.task.create({ title: "Added while reading" });
    const second = await api.task.list({ limit: 5, cursor: first.nextCursor });
    await api.task.create({ title: "Added again" });
    const third = await api.task.list({ limit: 5, cursor: second.nextCursor });
    const seen = [...first.items, ...second.items, ...third.items].map((item) => item.id);
    expect(seen.slice(0, 12)).toEqual(original.map((row) => row.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("pages past a row with a 500-character title in title order", async () => {
    await insertTasks(database.db, session.user.id, 3, (index) => ({ title: `${"ж".repeat(499)}${index}` }));
    const first = await api.task.list({ sort: "title", limit: 1 });
    const rest = await api.task.list({ sort: "title", limit: 5, cursor: first.nextCursor });
    expect(rest.items).toHaveLength(2);
  });

  it("defaults to pages of 50", async () => {
    await insertTasks(database.db, session.user.id, 51);
    const page = await api.task.list({});
    expect(page.items).toHaveLength(50);
    expect(page.nextCursor).not.toBeNull();
    const rest = await api.task.list({ cursor: page.nextCursor });
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
  });

  it("refuses a forged cursor, or one from another sort", async () => {
    await insertTasks(database.db, session.user.id, 3);
    const page = await api.task.list({ limit: 1 });
    expect((await failure(api.task.list({ cursor: "not-a-cursor" }))).code).toBe("BAD_REQUEST");
    expect((await failure(api.task.list({ sort: "title", cursor: page.nextCursor }))).code).toBe("BAD_REQUEST");
    const forged = Buffer.from(JSON.stringify({ sort: "manual", key: ["a", "not-a-uuid"] })).toString("base64url");
    expect((await failure(api.task.list({ cursor: forged }))).code).toBe("BAD_REQUEST");
  });

  it("excludes trashed tasks", async () => {
    const [row] = await insertTasks(database.db, session.user.id, 1);
    if (!row) throw new Error("setup");
    await database.db.update(task).set({ deletedAt: new Date() }).where(eq(task.id, row.id));
    expect((await api.task.list({ status: "all" })).items).toEqual([]);
  });
});
