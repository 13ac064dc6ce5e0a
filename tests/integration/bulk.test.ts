import { asc, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { BulkChange } from "@/lib/schemas/task";
import type { Session } from "@/server/auth/auth";
import { task, taskLabel } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
});

const sorted = (ids: readonly string[]) => [...ids].sort();

async function threeTasks(extra: Parameters<typeof api.task.create>[0] | object = {}) {
  const tasks = [];
  for (const title of ["one", "two", "three"]) tasks.push(await api.task.create({ title, ...extra }));
  return tasks;
}

async function rowsOf(ids: string[]) {
  return {
    tasks: await database.db.select().from(task).where(inArray(task.id, ids)).orderBy(asc(task.id)),
    labels: await database.db
      .select()
      .from(taskLabel)
      .where(inArray(taskLabel.taskId, ids))
      .orderBy(asc(taskLabel.taskId), asc(taskLabel.labelId)),
  };
}

describe("task.bulk", () => {
  it("completes and reopens many tasks; changedIds leaves out the ones already so", async () => {
    const [one, two, three] = await threeTasks();
    if (!one || !two || !three) throw new Error("setup");
    await api.task.setCompleted({ id: one.id, completed: true });

    const done = await api.task.bulk({
      ids: [one.id, two.id, three.id],
      change: { action: "complete", completed: true },
    });

    expect(sorted(done.changedIds)).toEqual(sorted([two.id, three.id]));
    expect((await api.task.list({ status: "completed" })).items).toHaveLength(3);

    const undone = await api.task.bulk({ ids: done.changedIds, change: { action: "complete", completed: false } });
    expect(sorted(undone.changedIds)).toEqual(sorted([two.id, three.id]));
    expect((await api.task.list({})).items.map((item) => item.title)).toEqual(["two", "three"]);
  });

  it("moves tasks (with their subtasks); moving each back to its old project undoes it", async () => {
    const work = await api.project.create({ name: "Work" });
    const home = await api.project.create({ name: "Home" });
    const inWork = await api.task.create({ title: "in work", projectId: work.id });
    const step = await api.task.create({ title: "step", parentId: inWork.id });
    const inInbox = await api.task.create({ title: "in inbox" });
    const inHome = await api.task.create({ title: "in home", projectId: home.id });

    const moved = await api.task.bulk({
      ids: [inWork.id, inInbox.id, inHome.id],
      change: { action: "move", projectId: home.id },
    });

    expect(sorted(moved.changedIds)).toEqual(sorted([inWork.id, inInbox.id]));
    expect((await api.task.list({ projectId: home.id })).items.map((item) => item.title)).toEqual([
      "in work",
      "step",
      "in inbox",
      "in home",
    ]);
    expect((await api.task.byId({ id: step.id })).parentId).toBe(inWork.id);

    // The client's undo: one move per previous project.
    await api.task.bulk({ ids: [inWork.id], change: { action: "move", projectId: work.id } });
    await api.task.bulk({ ids: [inInbox.id], change: { action: "move", projectId: null } });
    expect((await api.task.list({ projectId: work.id })).items.map((item) => item.title)).toEqual(["in work", "step"]);
    expect((await api.task.list({ projectId: null })).items.map((item) => item.title)).toEqual(["in inbox"]);
    expect((await api.task.list({ projectId: home.id })).items.map((item) => item.title)).toEqual(["in home"]);
  });

  it("moving a subtask on its own makes it a task of its own in the new project", async () => {
    const work = await api.project.create({ name: "Work" });
    const parent = await api.task.create({ title: "parent" });
    const step = await api.task.create({ title: "step", parentId: parent.id });

    const moved = await api.task.bulk({ ids: [step.id], change: { action: "move", projectId: work.id } });

    expect(moved.changedIds).toEqual([step.id]);
    expect(await api.task.byId({ id: step.id })).toMatchObject({ parentId: null, projectId: work.id });
    expect((await api.task.byId({ id: parent.id })).projectId).toBeNull();
  });

  it("undo of that move nests the subtask under its parent again; a move within the same project changes nothing", async () => {
    const work = await api.project.create({ name: "Work" });
    const parent = await api.task.create({ title: "parent" });
    const step = await api.task.create({ title: "step", parentId: parent.id });

    expect((await api.task.bulk({ ids: [step.id], change: { action: "move", projectId: null } })).changedIds).toEqual(
      [],
    );
    expect((await api.task.byId({ id: step.id })).parentId).toBe(parent.id);

    await api.task.bulk({ ids: [step.id], change: { action: "move", projectId: work.id } });
    const undone = await api.task.bulk({
      ids: [step.id],
      change: { action: "move", projectId: null, parentId: parent.id },
    });

    expect(undone.changedIds).toEqual([step.id]);
    expect(await api.task.byId({ id: step.id })).toMatchObject({ parentId: parent.id, projectId: null });
    // The parent must live in the named project.
    const loose = await api.task.create({ title: "loose", projectId: work.id });
    const wrong = await api.task
      .bulk({ ids: [loose.id], change: { action: "move", projectId: work.id, parentId: parent.id } })
      .catch((error: unknown) => error);
    expect(wrong).toMatchObject({ code: "BAD_REQUEST" });
  });

  it("addLabel returns only the tasks that did not have it; removeLabel the ones that had it", async () => {
    const urgent = await api.label.create({ name: "urgent" });
    const other = await api.label.create({ name: "other" });
    const had = await api.task.create({ title: "had", labelIds: [urgent.id, other.id] });
    const lacked = await api.task.create({ title: "lacked", labelIds: [other.id] });
    const bare = await api.task.create({ title: "bare" });

    const added = await api.task.bulk({
      ids: [had.id, lacked.id, bare.id],
      change: { action: "addLabel", labelId: urgent.id },
    });
    expect(sorted(added.changedIds)).toEqual(sorted([lacked.id, bare.id]));
    expect((await api.task.list({ labelIds: [urgent.id] })).items.map((item) => item.title)).toEqual([
      "had",
      "lacked",
      "bare",
    ]);

    // Undo: remove it from exactly those.
    const removed = await api.task.bulk({
      ids: added.changedIds,
      change: { action: "removeLabel", labelId: urgent.id },
    });
    expect(sorted(removed.changedIds)).toEqual(sorted([lacked.id, bare.id]));
    expect((await api.task.byId({ id: had.id })).labelIds).toEqual(sorted([urgent.id, other.id]));
    expect((await api.task.byId({ id: lacked.id })).labelIds).toEqual([other.id]);
    expect((await api.task.byId({ id: bare.id })).labelIds).toEqual([]);
  });

  it("sets the priority, returning only the tasks it changed", async () => {
    const [one, two] = await threeTasks();
    if (!one || !two) throw new Error("setup");
    await api.task.update({ id: one.id, updatedAt: one.updatedAt, priority: 1 });

    const changed = await api.task.bulk({ ids: [one.id, two.id], change: { action: "priority", priority: 1 } });

    expect(changed.changedIds).toEqual([two.id]);
    expect((await api.task.list({ priority: 1 })).items.map((item) => item.title)).toEqual(["one", "two"]);
  });

  it("deletes and restores many tasks, subtasks included", async () => {
    const [one, two, three] = await threeTasks();
    if (!one || !two || !three) throw new Error("setup");
    const step = await api.task.create({ title: "step", parentId: one.id });

    const deleted = await api.task.bulk({ ids: [one.id, two.id], change: { action: "delete" } });
    expect(sorted(deleted.changedIds)).toEqual(sorted([one.id, two.id]));
    expect((await api.task.list({ status: "all" })).items.map((item) => item.title)).toEqual(["three"]);

    const restored = await api.task.bulk({ ids: deleted.changedIds, change: { action: "restore" } });
    expect(sorted(restored.changedIds)).toEqual(sorted([one.id, two.id]));
    expect((await api.task.list({ status: "all" })).items.map((item) => item.title)).toEqual([
      "one",
      "two",
      "three",
      "step",
    ]);
    expect((await api.task.byId({ id: step.id })).parentId).toBe(one.id);
  });

  const CHANGES: [string, () => Promise<BulkChange>][] = [
    ["complete", async () => ({ action: "complete", completed: true })],
    ["priority", async () => ({ action: "priority", priority: 1 })],
    ["move", async () => ({ action: "move", projectId: (await api.project.create({ name: "P" })).id })],
    ["addLabel", async () => ({ action: "addLabel", labelId: (await api.label.create({ name: "L" })).id })],
    ["delete", async () => ({ action: "delete" })],
  ];

  it.each(CHANGES)("%s: an unknown, trashed or foreign id is NOT_FOUND and nothing changes", async (_name, change) => {
    const tasks = await threeTasks();
    const ids = tasks.map((each) => each.id);
    const trashed = await api.task.create({ title: "trashed" });
    await api.task.delete({ id: trashed.id });
    const foreign = await callerFor(database.db, await createSignedInUser(database.db)).task.create({ title: "x" });
    const resolved = await change();

    for (const extra of [crypto.randomUUID(), trashed.id, foreign.id]) {
      const before = await rowsOf([...ids, trashed.id, foreign.id]);
      const error = await failure(api.task.bulk({ ids: [...ids, extra], change: resolved }));
      expect(error.code).toBe("NOT_FOUND");
      expect(await rowsOf([...ids, trashed.id, foreign.id])).toEqual(before);
    }
  });

  it("refuses more than 200 ids, and none, with BAD_REQUEST", async () => {
    const ids = Array.from({ length: 201 }, () => crypto.randomUUID());
    const tooMany = await failure(api.task.bulk({ ids, change: { action: "delete" } }));
    expect(tooMany.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(tooMany.cause)).toContain("Select at most 200 tasks.");
    expect((await failure(api.task.bulk({ ids: [], change: { action: "delete" } }))).code).toBe("BAD_REQUEST");
  });

  it("takes 200 ids at once", async () => {
    const created = await database.db
      .insert(task)
      .values(
        Array.from({ length: 200 }, (_, index) => ({
          userId: session.user.id,
          title: `bulk ${index}`,
          position: `a${String(index).padStart(3, "0")}`,
        })),
      )
      .returning({ id: task.id });
    const ids = created.map((row) => row.id);

    const result = await api.task.bulk({ ids, change: { action: "priority", priority: 2 } });

    expect(result.changedIds).toHaveLength(200);
    expect((await api.task.list({ priority: 2, limit: 100 })).items).toHaveLength(100);
  });
});
