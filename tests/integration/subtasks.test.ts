import { beforeEach, describe, expect, it } from "vitest";
import { views } from "@/app/(app)/_components/tasks/task-list-input";
import type { Session } from "@/server/auth/auth";
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

async function parentWithSubtasks(count: number, projectId?: string) {
  const parent = await api.task.create({ title: "Parent", projectId });
  const subtasks = [];
  for (let index = 0; index < count; index++) {
    subtasks.push(await api.task.create({ title: `Step ${index + 1}`, parentId: parent.id }));
  }
  return { parent, subtasks };
}

describe("subtasks", () => {
  it("count in the sidebar as the rows their views list: the Inbox and a project count top-level tasks", async () => {
    const work = await api.project.create({ name: "Work" });
    await parentWithSubtasks(2);
    await parentWithSubtasks(3, work.id);
    await api.task.create({ title: "Alone", projectId: work.id });

    const inboxRows = (await api.task.list(views.inbox(false))).items.length;
    const workRows = (await api.task.list(views.project(work.id, false))).items.length;
    expect([inboxRows, workRows]).toEqual([1, 2]);
    expect(await api.project.inboxCount()).toBe(inboxRows);
    expect((await api.project.list()).find((item) => item.id === work.id)?.openTaskCount).toBe(workRows);
  });

  it("a subtask is created in its parent's project", async () => {
    const work = await api.project.create({ name: "Work" });
    const { parent, subtasks } = await parentWithSubtasks(1, work.id);

    expect(subtasks[0]).toMatchObject({ parentId: parent.id, projectId: work.id });
    const elsewhere = await api.project.create({ name: "Elsewhere" });
    expect((await failure(api.task.create({ title: "x", parentId: parent.id, projectId: elsewhere.id }))).code).toBe(
      "BAD_REQUEST",
    );
  });

  it("nests one level only: a subtask of a subtask is BAD_REQUEST", async () => {
    const { subtasks } = await parentWithSubtasks(1);
    const step = subtasks[0];
    if (!step) throw new Error("setup");

    const error = await failure(api.task.create({ title: "too deep", parentId: step.id }));

    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("one level");
    expect((await api.task.list({ status: "all" })).items).toHaveLength(2);
  });

  it("refuses a cycle: a parent cannot become a subtask of its own subtask", async () => {
    const { parent, subtasks } = await parentWithSubtasks(1);
    const step = subtasks[0];
    if (!step) throw new Error("setup");

    const error = await failure(api.task.update({ id: parent.id, updatedAt: parent.updatedAt, parentId: step.id }));

    expect(error.code).toBe("BAD_REQUEST");
    expect((await api.task.byId({ id: parent.id })).parentId).toBeNull();
    expect((await api.task.byId({ id: step.id })).parentId).toBe(parent.id);
  });

  it("refuses making a task with subtasks a subtask, and a task its own subtask", async () => {
    const { parent } = await parentWithSubtasks(1);
    const other = await api.task.create({ title: "Other" });

    const error = await failure(api.task.update({ id: parent.id, updatedAt: parent.updatedAt, parentId: other.id }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("has subtasks");

    const self = await failure(api.task.update({ id: other.id, updatedAt: other.updatedAt, parentId: other.id }));
    expect(self.code).toBe("BAD_REQUEST");
    expect((await api.task.byId({ id: parent.id })).parentId).toBeNull();
  });

  it("makes a task a subtask (it joins the parent's project) and a top-level task again", async () => {
    const work = await api.project.create({ name: "Work" });
    const parent = await api.task.create({ title: "Parent", projectId: work.id });
    const loose = await api.task.create({ title: "Loose" });

    const nested = await api.task.update({ id: loose.id, updatedAt: loose.updatedAt, parentId: parent.id });
    expect(nested).toMatchObject({ parentId: parent.id, projectId: work.id });

    const freed = await api.task.update({ id: loose.id, updatedAt: nested.updatedAt, parentId: null });
    expect(freed).toMatchObject({ parentId: null, projectId: work.id });
  });

  it("moving the parent moves its subtasks; moving a subtask alone is BAD_REQUEST", async () => {
    const work = await api.project.create({ name: "Work" });
    const home = await api.project.create({ name: "Home" });
    const { parent, subtasks } = await parentWithSubtasks(2, work.id);
    const step = subtasks[0];
    if (!step) throw new Error("setup");

    const alone = await failure(api.task.update({ id: step.id, updatedAt: step.updatedAt, projectId: home.id }));
    expect(alone.code).toBe("BAD_REQUEST");
    expect((await api.task.byId({ id: step.id })).projectId).toBe(work.id);

    await api.task.update({ id: parent.id, updatedAt: parent.updatedAt, projectId: home.id });

    const inHome = await api.task.list({ projectId: home.id });
    expect(inHome.items.map((item) => [item.title, item.projectId])).toEqual([
      ["Parent", home.id],
      ["Step 1", home.id],
      ["Step 2", home.id],
    ]);
    expect((await api.task.list({ projectId: work.id })).items).toEqual([]);
  });

  it("completing a parent completes its open subtasks", async () => {
    const { parent, subtasks } = await parentWithSubtasks(3);
    const [first] = subtasks;
    if (!first) throw new Error("setup");
    await api.task.setCompleted({ id: first.id, completed: true });
    const firstDone = await api.task.byId({ id: first.id });

    const completed = await api.task.setCompleted({ id: parent.id, completed: true });

    expect(completed).toMatchObject({ completed: true, subtasks: { total: 3, done: 3 } });
    const children = await api.task.list({ parentId: parent.id, status: "all" });
    expect(children.items.map((item) => item.completed)).toEqual([true, true, true]);
    // The one already done keeps its completion time.
    expect((await api.task.byId({ id: first.id })).completedAt).toEqual(firstDone.completedAt);
  });

  it("undoing the parent's completion reopens the subtasks completed with it, not the ones done before", async () => {
    const { parent, subtasks } = await parentWithSubtasks(3);
    const [first] = subtasks;
    if (!first) throw new Error("setup");
    await api.task.setCompleted({ id: first.id, completed: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.task.setCompleted({ id: parent.id, completed: true });

    const reopened = await api.task.setCompleted({ id: parent.id, completed: false });

    expect(reopened).toMatchObject({ completed: false, subtasks: { total: 3, done: 1 } });
    const children = await api.task.list({ parentId: parent.id, status: "all" });
    expect(children.items.map((item) => [item.title, item.completed])).toEqual([
      ["Step 1", true],
      ["Step 2", false],
      ["Step 3", false],
    ]);
  });

  it("lists subtask progress on the parent: { total: 5, done: 2 }", async () => {
    const { parent, subtasks } = await parentWithSubtasks(6);
    for (const step of subtasks.slice(0, 2)) await api.task.setCompleted({ id: step.id, completed: true });
    const binned = subtasks[5];
    if (!binned) throw new Error("setup");
    await api.task.delete({ id: binned.id });

    const topLevel = await api.task.list({ parentId: null });

    expect(topLevel.items).toHaveLength(1);
    expect(topLevel.items[0]).toMatchObject({ id: parent.id, subtasks: { total: 5, done: 2 } });
    expect((await api.task.byId({ id: parent.id })).subtasks).toEqual({ total: 5, done: 2 });
    expect((await api.task.list({ parentId: parent.id })).items.map((item) => item.title)).toEqual([
      "Step 3",
      "Step 4",
      "Step 5",
    ]);
  });

  it("deleting a parent trashes its subtasks; restoring brings them back", async () => {
    const { parent, subtasks } = await parentWithSubtasks(2);
    const unrelated = await api.task.create({ title: "Unrelated" });

    await api.task.delete({ id: parent.id });

    expect((await api.task.list({ status: "all" })).items.map((item) => item.id)).toEqual([unrelated.id]);
    for (const step of subtasks) expect((await failure(api.task.byId({ id: step.id }))).code).toBe("NOT_FOUND");

    const restored = await api.task.restore({ id: parent.id });

    expect(restored.subtasks).toEqual({ total: 2, done: 0 });
    expect((await api.task.list({ status: "all" })).items.map((item) => item.title)).toEqual([
      "Parent",
      "Step 1",
      "Step 2",
      "Unrelated",
    ]);
  });

  it("a subtask trashed before its parent stays in the trash when the parent is restored", async () => {
    const { parent, subtasks } = await parentWithSubtasks(2);
    const [first] = subtasks;
    if (!first) throw new Error("setup");
    await api.task.delete({ id: first.id });
    // Timestamps must differ for restore to tell the two deletions apart.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.task.delete({ id: parent.id });

    await api.task.restore({ id: parent.id });

    expect((await api.task.list({ parentId: parent.id })).items.map((item) => item.title)).toEqual(["Step 2"]);
  });

  it("a subtask restored while its parent is still in the trash comes back as a task of its own", async () => {
    const { parent, subtasks } = await parentWithSubtasks(2);
    const [first] = subtasks;
    if (!first) throw new Error("setup");
    await api.task.delete({ id: parent.id });

    const restored = await api.task.restore({ id: first.id });

    expect(restored).toMatchObject({ id: first.id, parentId: null, parentTitle: null });
    expect((await api.task.list({ parentId: null })).items.map((item) => item.id)).toContain(first.id);
    await expect(api.task.byId({ id: parent.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
