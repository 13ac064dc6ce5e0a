import { and, eq, gt } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ProjectRole } from "@/lib/project-roles";
import type { Session } from "@/server/auth/auth";
import { change, projectMember, task } from "@/server/db/schema";
import { claimDueReminders, settleReminders } from "@/server/modules/reminders/claim";
import { CHANGE_RETENTION_MS, changesAfter, feedBounds, pruneChanges } from "@/server/modules/sync/feed";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

async function head(): Promise<number> {
  return (await feedBounds(database.db)).head;
}

/** The feed rows appended after `after`, as the triggers wrote them. */
async function rowsAfter(after: number) {
  const rows = await database.db
    .select({
      entity: change.entity,
      id: change.entityId,
      projectId: change.projectId,
      userId: change.userId,
      op: change.op,
    })
    .from(change)
    .where(gt(change.seq, after))
    .orderBy(change.seq);
  return rows;
}

async function addMember(projectId: string, userId: string, role: ProjectRole) {
  await database.db.insert(projectMember).values({ projectId, userId, role, position: "a0" });
}

async function sharedProject(): Promise<{ owner: Session; member: Session; outsider: Session; projectId: string }> {
  const [owner, member, outsider] = await Promise.all(
    ["Olive", "Mia", "Otto"].map((name) => createSignedInUser(database.db, { name })),
  );
  if (!owner || !member || !outsider) throw new Error("users not created");
  const project = await callerFor(database.db, owner).project.create({ name: "Shared" });
  await addMember(project.id, member.user.id, "editor");
  return { owner, member, outsider, projectId: project.id };
}

describe("the change feed's triggers", () => {
  it("append a row per task change, in the project's name or the Inbox owner's", async () => {
    const { owner, projectId } = await sharedProject();
    const api = callerFor(database.db, owner);
    const inbox = await api.task.create({ title: "Private" });
    const shared = await api.task.create({ title: "Shared", projectId });

    let start = await head();
    await api.task.update({ id: shared.id, title: "Shared, renamed", updatedAt: shared.updatedAt });
    await api.task.setCompleted({ id: shared.id, completed: true });
    await api.task.delete({ id: shared.id });
    await api.task.restore({ id: shared.id });
    expect(await rowsAfter(start)).toEqual(
      ["update", "update", "delete", "insert"].map((op) => ({
        entity: "task",
        id: shared.id,
        projectId,
        userId: null,
        op,
      })),
    );

    start = await head();
    await api.task.update({ id: inbox.id, title: "Still private", updatedAt: inbox.updatedAt });
    expect(await rowsAfter(start)).toEqual([
      { entity: "task", id: inbox.id, projectId: null, userId: owner.user.id, op: "update" },
    ]);

    start = await head();
    await api.task.bulk({ ids: [inbox.id, shared.id], change: { action: "priority", priority: 1 } });
    expect(await rowsAfter(start)).toEqual(
      expect.arrayContaining([
        { entity: "task", id: inbox.id, projectId: null, userId: owner.user.id, op: "update" },
        { entity: "task", id: shared.id, projectId, userId: null, op: "update" },
      ]),
    );
  });

  it("tell both lists about a task moved between them", async () => {
    const { owner, projectId } = await sharedProject();
    const api = callerFor(database.db, owner);
    const created = await api.task.create({ title: "Moving" });
    const start = await head();
    await api.task.update({ id: created.id, projectId, updatedAt: created.updatedAt });
    expect(await rowsAfter(start)).toEqual(
      expect.arrayContaining([
        { entity: "task", id: created.id, projectId: null, userId: owner.user.id, op: "delete" },
        { entity: "task", id: created.id, projectId, userId: null, op: "insert" },
      ]),
    );
  });

  it("append project and membership rows; a removed member's row names them", async () => {
    const owner = await createSignedInUser(database.db, { name: "Ada" });
    const member = await createSignedInUser(database.db, { name: "Ben" });
    const api = callerFor(database.db, owner);

    let start = await head();
    const project = await api.project.create({ name: "Garden" });
    expect(await rowsAfter(start)).toEqual(
      expect.arrayContaining([
        { entity: "project", id: project.id, projectId: project.id, userId: null, op: "insert" },
        { entity: "member", id: owner.user.id, projectId: project.id, userId: owner.user.id, op: "insert" },
      ]),
    );

    start = await head();
    await addMember(project.id, member.user.id, "viewer");
    await database.db
      .update(projectMember)
      .set({ role: "editor" })
      .where(and(eq(projectMember.projectId, project.id), eq(projectMember.userId, member.user.id)));
    await database.db
      .delete(projectMember)
      .where(and(eq(projectMember.projectId, project.id), eq(projectMember.userId, member.user.id)));
    expect(await rowsAfter(start)).toEqual(
      ["insert", "update", "delete"].map((op) => ({
        entity: "member",
        id: member.user.id,
        projectId: project.id,
        userId: member.user.id,
        op,
      })),
    );

    start = await head();
    await api.project.update({ id: project.id, name: "Vegetable garden" });
    await api.project.delete({ id: project.id, tasks: "delete" });
    expect(await rowsAfter(start)).toEqual(
      expect.arrayContaining([
        { entity: "project", id: project.id, projectId: project.id, userId: null, op: "update" },
        { entity: "project", id: project.id, projectId: project.id, userId: null, op: "delete" },
        { entity: "member", id: owner.user.id, projectId: project.id, userId: owner.user.id, op: "delete" },
      ]),
    );
  });

  it("keep labels, and labels put on tasks, to their owner", async () => {
    const { member, projectId } = await sharedProject();
    const api = callerFor(database.db, member);
    const created = await api.task.create({ title: "Water the plants", projectId });
    let start = await head();
    const label = await api.label.create({ name: "home" });
    expect(await rowsAfter(start)).toEqual([
      { entity: "label", id: label.id, projectId: null, userId: member.user.id, op: "insert" },
    ]);
    start = await head();
    const current = await api.task.byId({ id: created.id });
    await api.task.update({ id: created.id, labelIds: [label.id], updatedAt: current.updatedAt });
    expect(await rowsAfter(start)).toContainEqual({
      entity: "task",
      id: created.id,
      projectId: null,
      userId: member.user.id,
      op: "update",
    });
  });

  it("keep reminders to their owner, as news about the task; a delivery run's lease is not news", async () => {
    const { owner, member, projectId } = await sharedProject();
    const api = callerFor(database.db, member);
    const created = await api.task.create({ title: "Call the plumber", projectId });
    const aboutTheTask = { entity: "task", id: created.id, projectId: null, userId: member.user.id, op: "update" };

    let start = await head();
    const reminder = await api.reminder.create({ taskId: created.id, absolute: new Date(Date.now() - 60_000) });
    expect(await rowsAfter(start)).toEqual([aboutTheTask]);
    expect(await changesAfter(database.db, owner.user.id, start)).toEqual([]);

    start = await head();
    const claimId = crypto.randomUUID();
    const [claimed] = await claimDueReminders(database.db, claimId, 10);
    expect(claimed?.id).toBe(reminder.id);
    expect(await rowsAfter(start)).toEqual([]);

    await settleReminders(database.db, claimId, [reminder.id], true);
    expect(await rowsAfter(start)).toEqual([aboutTheTask]);

    start = await head();
    await api.reminder.delete({ id: reminder.id });
    expect(await rowsAfter(start)).toEqual([aboutTheTask]);
  });

  it("say nothing of reminders that go with their deleted task", async () => {
    const owner = await createSignedInUser(database.db, { name: "Olive" });
    const api = callerFor(database.db, owner);
    const created = await api.task.create({ title: "Renew the passport" });
    await api.reminder.create({ taskId: created.id, absolute: new Date(Date.now() + 3_600_000) });
    const start = await head();
    await database.db.delete(task).where(eq(task.id, created.id));
    expect(await rowsAfter(start)).toEqual([
      { entity: "task", id: created.id, projectId: null, userId: owner.user.id, op: "delete" },
    ]);
  });
});

describe("who reads which rows", () => {
  it("gives a project's rows to its members only, and Inbox rows to their owner only", async () => {
    const { owner, member, outsider, projectId } = await sharedProject();
    const start = await head();
    const shared = await callerFor(database.db, member).task.create({ title: "Shared", projectId });
    const inbox = await callerFor(database.db, owner).task.create({ title: "Mine" });

    const seen = async (session: Session) =>
      (await changesAfter(database.db, session.user.id, start)).map(({ entity, id, op }) => ({ entity, id, op }));
    expect(await seen(owner)).toEqual([
      { entity: "task", id: shared.id, op: "insert" },
      { entity: "task", id: inbox.id, op: "insert" },
    ]);
    expect(await seen(member)).toEqual([{ entity: "task", id: shared.id, op: "insert" }]);
    expect(await seen(outsider)).toEqual([]);
  });

  it("still tells a removed member that they were removed, and nothing of the project afterwards", async () => {
    const { owner, member, projectId } = await sharedProject();
    const start = await head();
    await database.db
      .delete(projectMember)
      .where(and(eq(projectMember.projectId, projectId), eq(projectMember.userId, member.user.id)));
    await callerFor(database.db, owner).task.create({ title: "After they left", projectId });

    expect(await changesAfter(database.db, member.user.id, start)).toEqual([
      expect.objectContaining({ entity: "member", id: member.user.id, projectId, op: "delete" }),
    ]);
  });

  it("pages: at most `limit` rows, oldest first", async () => {
    const { owner } = await sharedProject();
    const api = callerFor(database.db, owner);
    const start = await head();
    for (const title of ["One", "Two", "Three"]) await api.task.create({ title });
    const page = await changesAfter(database.db, owner.user.id, start, 2);
    expect(page).toHaveLength(2);
    expect(page[0]?.seq).toBeLessThan(page[1]?.seq ?? 0);
  });
});

describe("pruning", () => {
  it("deletes rows older than the retention, keeps the head, and says how many went", async () => {
    const { owner } = await sharedProject();
    await callerFor(database.db, owner).task.create({ title: "Recent" });
    const before = await feedBounds(database.db);
    const pruned = await pruneChanges(database.db, Date.now() + CHANGE_RETENTION_MS + 60_000);
    expect(pruned).toBeGreaterThan(0);
    const after = await feedBounds(database.db);
    expect(after).toEqual({ head: before.head, firstKept: before.head + 1 });
  });
});
