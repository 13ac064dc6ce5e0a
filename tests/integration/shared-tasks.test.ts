import { eq, inArray, or } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { ProjectRole } from "@/lib/project-roles";
import { DELETE_ACCOUNT_CONFIRMATION } from "@/lib/schemas/account";
import type { Session } from "@/server/auth/auth";
import { comment, project, projectMember, task, taskLabel } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf, failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

type Actor = ProjectRole | "nonMember" | "signedOut";
const actors: readonly Actor[] = ["owner", "editor", "viewer", "nonMember", "signedOut"];
type Caller = ReturnType<typeof callerFor>;

/** A shared project with one member of each role, a task in it (with a trashed one), and an outsider. */
interface World {
  projectId: string;
  taskId: string;
  otherTaskId: string;
  trashedId: string;
  updatedAt: Date;
  /** A weekly task from Monday 7 December 2026, whose 14 December the owner moved alone to the 15th (the matrix's). */
  repeating: { id: string; updatedAt: Date; movedCopyId: string } | null;
  sessions: Record<Exclude<Actor, "signedOut">, Session>;
}

async function addMember(projectId: string, userId: string, role: ProjectRole) {
  // Invitations write memberships this way; this suite is about what a membership then allows.
  await database.db.insert(projectMember).values({ projectId, userId, role, position: "a0" });
}

async function sharedWorld(): Promise<World> {
  const db = database.db;
  const [owner, editor, viewer, nonMember] = await Promise.all(
    ["Olive", "Eddie", "Vera", "Nina"].map((name) => createSignedInUser(db, { name })),
  );
  if (!owner || !editor || !viewer || !nonMember) throw new Error("users not created");
  const api = callerFor(db, owner);
  const shared = await api.project.create({ name: "Shared" });
  const created = await api.task.create({ title: "Plan the trip", projectId: shared.id, dueDate: "2026-12-05" });
  const other = await api.task.create({ title: "Book the flat", projectId: shared.id });
  const trashed = await api.task.create({ title: "Old idea", projectId: shared.id });
  await api.task.delete({ id: trashed.id });
  await addMember(shared.id, editor.user.id, "editor");
  await addMember(shared.id, viewer.user.id, "viewer");
  return {
    projectId: shared.id,
    taskId: created.id,
    otherTaskId: other.id,
    trashedId: trashed.id,
    updatedAt: created.updatedAt,
    repeating: null,
    sessions: { owner, editor, viewer, nonMember },
  };
}

/** The world with {@link World.repeating} made (by its owner). */
async function withRepeatingTask(world: World): Promise<World> {
  const api = callerFor(database.db, world.sessions.owner);
  const weekly = await api.task.create({
    title: "Stand-up",
    projectId: world.projectId,
    dueDate: "2026-12-07",
    recurrence: { rrule: "FREQ=WEEKLY", from: "due" },
  });
  const moved = await api.task.moveOccurrence({
    id: weekly.id,
    updatedAt: weekly.updatedAt,
    occurrence: "2026-12-14",
    dueDate: "2026-12-15",
  });
  if (!moved.copy) throw new Error("the occurrence was not moved");
  return { ...world, repeating: { id: weekly.id, updatedAt: moved.series.updatedAt, movedCopyId: moved.copy.id } };
}

function repeatingOf(world: World) {
  if (!world.repeating) throw new Error("made by withRepeatingTask");
  return world.repeating;
}

const callerAs = (world: World, actor: Actor): Caller =>
  callerFor(database.db, actor === "signedOut" ? null : world.sessions[actor]);

const READ = { owner: "OK", editor: "OK", viewer: "OK", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" };
const WRITE = { owner: "OK", editor: "OK", viewer: "FORBIDDEN", nonMember: "NOT_FOUND", signedOut: "UNAUTHORIZED" };

/**
 * Each task procedure on the shared project's tasks, by each actor, with the expected outcome written
 * once. Reminders are personal, so reading is enough to set one's own.
 */
const MATRIX: Record<string, { call: (api: Caller, w: World) => Promise<unknown>; expect: Record<Actor, string> }> = {
  "task.byId": { call: (api, w) => api.task.byId({ id: w.taskId }), expect: READ },
  "task.activity": { call: (api, w) => api.task.activity({ id: w.taskId }), expect: READ },
  "task.list (projectId)": {
    call: (api, w) => api.task.list({ projectId: w.projectId }).then(nonEmpty),
    expect: READ,
  },
  "task.list (parentId)": { call: (api, w) => api.task.list({ parentId: w.taskId }), expect: READ },
  "task.create (projectId)": {
    call: (api, w) => api.task.create({ title: "New", projectId: w.projectId }),
    expect: WRITE,
  },
  "task.create (parentId)": { call: (api, w) => api.task.create({ title: "Step", parentId: w.taskId }), expect: WRITE },
  "task.update": {
    call: (api, w) => api.task.update({ id: w.taskId, updatedAt: w.updatedAt, title: "Changed" }),
    expect: WRITE,
  },
  "task.update (assign)": {
    call: (api, w) => api.task.update({ id: w.taskId, updatedAt: w.updatedAt, assigneeId: w.sessions.editor.user.id }),
    expect: WRITE,
  },
  "task.list (assigneeId)": {
    call: (api, w) => api.task.list({ assigneeId: w.sessions.owner.user.id }),
    expect: { ...READ, nonMember: "OK" },
  },
  "task.bulk (assign)": {
    call: (api, w) => api.task.bulk({ ids: [w.taskId], change: { action: "assign", assigneeId: null } }),
    expect: WRITE,
  },
  "task.setCompleted": { call: (api, w) => api.task.setCompleted({ id: w.taskId, completed: true }), expect: WRITE },
  "task.delete": { call: (api, w) => api.task.delete({ id: w.taskId }), expect: WRITE },
  "task.restore": { call: (api, w) => api.task.restore({ id: w.trashedId }), expect: WRITE },
  "task.reorder": { call: (api, w) => api.task.reorder({ id: w.taskId, afterId: w.otherTaskId }), expect: WRITE },
  "task.bulk": {
    call: (api, w) => api.task.bulk({ ids: [w.taskId, w.otherTaskId], change: { action: "priority", priority: 1 } }),
    expect: WRITE,
  },
  "task.calendar": {
    // Across projects: an outsider gets their own (empty) calendar; members see the shared task (task-calendar.test.ts).
    call: (api) => api.task.calendar({ from: "2026-11-30", to: "2027-01-03" }),
    expect: { ...READ, nonMember: "OK" },
  },
  "task.moveOccurrence": {
    call: (api, w) =>
      api.task.moveOccurrence({
        id: repeatingOf(w).id,
        updatedAt: repeatingOf(w).updatedAt,
        occurrence: "2026-12-21",
        dueDate: "2026-12-22",
      }),
    expect: WRITE,
  },
  "task.restoreOccurrence": {
    call: (api, w) =>
      api.task.restoreOccurrence({
        id: repeatingOf(w).id,
        occurrence: "2026-12-14",
        copyId: repeatingOf(w).movedCopyId,
      }),
    expect: WRITE,
  },
  "comment.list": { call: (api, w) => api.comment.list({ taskId: w.taskId }), expect: READ },
  "comment.create": { call: (api, w) => api.comment.create({ taskId: w.taskId, body: "On it" }), expect: WRITE },
  "reminder.create (personal)": {
    call: (api, w) => api.reminder.create({ taskId: w.taskId, minutesBefore: 30 }),
    expect: READ,
  },
  "reminder.list (personal)": { call: (api, w) => api.reminder.list({ taskId: w.taskId }), expect: READ },
};

function nonEmpty(page: { items: unknown[] }) {
  if (page.items.length === 0) throw new Error("the member was shown an empty project");
  return page;
}

/** The shared project's tasks (and their comments) as stored: a refused call must leave them exactly so. */
const tasksOf = async (projectId: string) => ({
  tasks: await tasksOnly(projectId),
  comments: await database.db.select().from(comment).orderBy(comment.id),
});
const tasksOnly = (projectId: string) =>
  database.db
    .select()
    .from(task)
    .where(
      or(
        eq(task.projectId, projectId),
        inArray(task.parentId, database.db.select({ id: task.id }).from(task).where(eq(task.projectId, projectId))),
      ),
    )
    .orderBy(task.id);

describe("task procedures on a shared project, by role", () => {
  let world: World;
  beforeEach(async () => {
    world = await withRepeatingTask(await sharedWorld());
  });

  for (const [name, cell] of Object.entries(MATRIX)) {
    it.each(actors)(`${name} as %s`, async (actor) => {
      const before = await tasksOf(world.projectId);
      const code = await codeOf(cell.call(callerAs(world, actor), world));
      expect(code).toBe(cell.expect[actor]);
      if (code !== "OK") expect(await tasksOf(world.projectId)).toEqual(before);
    });
  }
});

describe("working together in a shared project", () => {
  it("shows a task an editor adds to every member, in the project and in views across projects", async () => {
    const world = await sharedWorld();
    const added = await callerAs(world, "editor").task.create({
      title: "Pack the bags",
      projectId: world.projectId,
      dueDate: "2026-12-05",
    });
    for (const actor of ["owner", "editor", "viewer"] as const) {
      const api = callerAs(world, actor);
      const inProject = (await api.task.list({ projectId: world.projectId })).items.map((item) => item.title);
      expect(inProject, actor).toEqual(["Plan the trip", "Book the flat", "Pack the bags"]);
      const open = (await api.task.list({})).items.map((item) => item.title);
      expect(open, actor).toEqual(expect.arrayContaining(["Plan the trip", "Pack the bags"]));
      const today = (await api.task.list({ dueTo: "2026-12-05", sort: "due" })).items.map((item) => item.id);
      expect(today, actor).toEqual(expect.arrayContaining([world.taskId, added.id]));
    }
    const listed = await callerAs(world, "owner").project.list();
    expect(listed.find((item) => item.id === world.projectId)?.openTaskCount).toBe(3);
    expect((await callerAs(world, "nonMember").task.list({})).items).toEqual([]);
  });

  it("pages through own and shared tasks in one order, with no task twice or missing", async () => {
    const world = await sharedWorld();
    const editor = callerAs(world, "editor");
    for (const title of ["e1", "e2", "e3"]) await editor.task.create({ title });
    for (const title of ["s1", "s2"]) await editor.task.create({ title, projectId: world.projectId });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await editor.task.list({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const whole = (await editor.task.list({ limit: 100 })).items.map((item) => item.title);
    expect(seen).toEqual(whole);
    expect([...seen].sort()).toEqual(["Book the flat", "Plan the trip", "e1", "e2", "e3", "s1", "s2"]);
  });

  it("keeps labels personal: each member sees and sets only their own on a shared task", async () => {
    const world = await sharedWorld();
    const owner = callerAs(world, "owner");
    const editor = callerAs(world, "editor");
    const ownersLabel = await owner.label.create({ name: "trip" });
    const editorsLabel = await editor.label.create({ name: "mine" });
    let current = await owner.task.update({ id: world.taskId, updatedAt: world.updatedAt, labelIds: [ownersLabel.id] });
    current = await editor.task.update({ id: world.taskId, updatedAt: current.updatedAt, labelIds: [editorsLabel.id] });

    expect(current.labelIds).toEqual([editorsLabel.id]);
    expect((await owner.task.byId({ id: world.taskId })).labelIds).toEqual([ownersLabel.id]);
    expect(
      await codeOf(editor.task.update({ id: world.taskId, updatedAt: current.updatedAt, labelIds: [ownersLabel.id] })),
    ).toBe("NOT_FOUND");
    const links = await database.db.select().from(taskLabel).where(eq(taskLabel.taskId, world.taskId));
    expect(links).toHaveLength(2);
  });

  it("makes a task moved to the Inbox the mover's own, out of everyone else's sight", async () => {
    const world = await sharedWorld();
    const editor = callerAs(world, "editor");
    const moved = await editor.task.update({ id: world.taskId, updatedAt: world.updatedAt, projectId: null });
    expect(moved.projectId).toBeNull();
    expect((await editor.task.list({ projectId: null })).items.map((item) => item.id)).toEqual([world.taskId]);
    expect(await codeOf(callerAs(world, "owner").task.byId({ id: world.taskId }))).toBe("NOT_FOUND");
  });

  it("hides a project's tasks, even the ones they added, from someone no longer in it", async () => {
    const world = await sharedWorld();
    const editor = callerAs(world, "editor");
    const added = await editor.task.create({ title: "Mine, in theirs", projectId: world.projectId });
    await database.db.delete(projectMember).where(eq(projectMember.userId, world.sessions.editor.user.id));

    expect(await codeOf(editor.task.byId({ id: added.id }))).toBe("NOT_FOUND");
    expect((await editor.task.list({})).items).toEqual([]);
    expect(await codeOf(editor.task.list({ projectId: world.projectId }))).toBe("NOT_FOUND");
    expect((await callerAs(world, "owner").task.byId({ id: added.id })).title).toBe("Mine, in theirs");
  });

  it("gives every member's new tasks their own place in the project's one order", async () => {
    const world = await sharedWorld();
    const owner = callerAs(world, "owner");
    const editor = callerAs(world, "editor");
    await Promise.all([
      owner.task.create({ title: "o1", projectId: world.projectId }),
      editor.task.create({ title: "e1", projectId: world.projectId }),
      owner.task.create({ title: "o2", projectId: world.projectId }),
      editor.task.create({ title: "e2", projectId: world.projectId }),
    ]);
    const items = (await owner.task.list({ projectId: world.projectId })).items;
    expect(new Set(items.map((item) => item.position)).size).toBe(items.length);
    const reordered = await editor.task.reorder({ id: world.otherTaskId, afterId: null });
    expect((await owner.task.list({ projectId: world.projectId })).items[0]?.id).toBe(reordered.id);
  });

  it("keeps a project and every task in it when a member deletes their account", async () => {
    const world = await sharedWorld();
    const editor = callerAs(world, "editor");
    const theirs = await editor.task.create({ title: "Theirs, in ours", projectId: world.projectId });
    const alone = await editor.project.create({ name: "Only mine" });

    await editor.account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION });

    const owner = callerAs(world, "owner");
    const titles = (await owner.task.list({ projectId: world.projectId })).items.map((item) => item.title);
    expect(titles).toContain(theirs.title);
    expect(await database.db.$count(project, eq(project.id, alone.id))).toBe(0);
  });

  it("passes a project whose only owner leaves for good to the longest-standing editor", async () => {
    const world = await sharedWorld();
    await callerAs(world, "owner").account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION });

    const editor = callerAs(world, "editor");
    expect((await editor.project.byId({ id: world.projectId })).role).toBe("owner");
    expect((await editor.task.list({ projectId: world.projectId })).items.map((item) => item.title)).toEqual([
      "Plan the trip",
      "Book the flat",
    ]);
    expect((await callerAs(world, "viewer").project.byId({ id: world.projectId })).role).toBe("viewer");
  });

  it("assigns a task to a member, who finds it under Assigned to me, and to nobody else", async () => {
    const world = await sharedWorld();
    const owner = callerAs(world, "owner");
    const editorId = world.sessions.editor.user.id;
    const assigned = await owner.task.update({ id: world.taskId, updatedAt: world.updatedAt, assigneeId: editorId });
    expect(assigned.assigneeId).toBe(editorId);

    const mine = await callerAs(world, "editor").task.list({ assigneeId: "me" });
    expect(mine.items.map((item) => item.id)).toEqual([world.taskId]);
    expect((await owner.task.list({ assigneeId: editorId })).items.map((item) => item.id)).toEqual([world.taskId]);
    expect((await callerAs(world, "nonMember").task.list({ assigneeId: editorId })).items).toEqual([]);

    const outsider = await codeOf(
      owner.task.update({
        id: world.taskId,
        updatedAt: assigned.updatedAt,
        assigneeId: world.sessions.nonMember.user.id,
      }),
    );
    expect(outsider).toBe("BAD_REQUEST");
    const inboxTask = await owner.task.create({ title: "Private" });
    expect(
      await codeOf(owner.task.update({ id: inboxTask.id, updatedAt: inboxTask.updatedAt, assigneeId: editorId })),
    ).toBe("BAD_REQUEST");
    expect((await owner.task.create({ title: "Mine", assigneeId: world.sessions.owner.user.id })).assigneeId).toBe(
      world.sessions.owner.user.id,
    );
  });

  it("unassigns a task that moves where its assignee is not a member, and assigns in bulk", async () => {
    const world = await sharedWorld();
    const owner = callerAs(world, "owner");
    const editorId = world.sessions.editor.user.id;
    const bulk = await owner.task.bulk({
      ids: [world.taskId, world.otherTaskId],
      change: { action: "assign", assigneeId: editorId },
    });
    expect([...bulk.changedIds].sort()).toEqual([world.taskId, world.otherTaskId].sort());
    expect(
      await codeOf(
        owner.task.bulk({
          ids: [world.taskId],
          change: { action: "assign", assigneeId: world.sessions.nonMember.user.id },
        }),
      ),
    ).toBe("BAD_REQUEST");

    const elsewhere = await owner.project.create({ name: "Just mine" });
    const current = await owner.task.byId({ id: world.taskId });
    const moved = await owner.task.update({ id: world.taskId, updatedAt: current.updatedAt, projectId: elsewhere.id });
    expect(moved.assigneeId).toBeNull();
    expect((await owner.task.byId({ id: world.otherTaskId })).assigneeId).toBe(editorId);
  });

  it("assigns in bulk all or nothing: every task's project must have the assignee, and a viewer may not", async () => {
    const world = await sharedWorld();
    const owner = callerAs(world, "owner");
    const editorId = world.sessions.editor.user.id;
    const viewerId = world.sessions.viewer.user.id;
    const mine = await owner.project.create({ name: "Just mine" });
    const privateTask = await owner.task.create({ title: "Mine alone", projectId: mine.id });
    const inboxTask = await owner.task.create({ title: "In my Inbox" });
    const assigneesOf = async (ids: string[]) =>
      (await database.db.select({ id: task.id, assigneeId: task.assigneeId }).from(task).where(inArray(task.id, ids)))
        .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
        .map((row) => row.assigneeId);
    const all = [world.taskId, world.otherTaskId, privateTask.id, inboxTask.id];
    const assign = (api: Caller, ids: string[], assigneeId: string | null) =>
      api.task.bulk({ ids, change: { action: "assign", assigneeId } });

    // The editor is a member of the shared project, not of the private one nor of the owner's Inbox.
    for (const ids of [
      [world.taskId, privateTask.id],
      [world.otherTaskId, inboxTask.id],
    ]) {
      const refused = await failure(assign(owner, ids, editorId));
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.message).toMatch(/member of its project|only to you/);
    }
    expect(await assigneesOf(all)).toEqual([null, null, null, null]);

    // A viewer sees the tasks but may not assign them, not even to themself; an outsider sees nothing.
    expect(await codeOf(assign(callerAs(world, "viewer"), [world.taskId], viewerId))).toBe("FORBIDDEN");
    expect(await codeOf(assign(callerAs(world, "nonMember"), [world.taskId], null))).toBe("NOT_FOUND");
    expect(await assigneesOf(all)).toEqual([null, null, null, null]);

    // An editor assigns any member, a viewer included; only the tasks that changed are named.
    const editor = callerAs(world, "editor");
    await assign(editor, [world.taskId], viewerId);
    const both = await assign(editor, [world.taskId, world.otherTaskId], viewerId);
    expect(both.changedIds).toEqual([world.otherTaskId]);
    // Owner's own tasks everywhere: themself is a member of every one of their lists.
    await assign(owner, all, world.sessions.owner.user.id);
    expect(await assigneesOf(all)).toEqual(Array(4).fill(world.sessions.owner.user.id));
    await assign(owner, all, null);
    expect(await assigneesOf(all)).toEqual([null, null, null, null]);
  });

  it("gives a moved task its assignee back once it is back where they are a member (undo of a move)", async () => {
    const world = await sharedWorld();
    const owner = callerAs(world, "owner");
    const editorId = world.sessions.editor.user.id;
    await owner.task.bulk({
      ids: [world.taskId, world.otherTaskId],
      change: { action: "assign", assigneeId: editorId },
    });
    const mine = await owner.project.create({ name: "Just mine" });
    await owner.task.bulk({ ids: [world.taskId, world.otherTaskId], change: { action: "move", projectId: mine.id } });
    expect((await owner.task.byId({ id: world.taskId })).assigneeId).toBeNull();
    // While the tasks are elsewhere, the assignee cannot be given back.
    expect(
      await codeOf(owner.task.bulk({ ids: [world.taskId], change: { action: "assign", assigneeId: editorId } })),
    ).toBe("BAD_REQUEST");

    await owner.task.bulk({
      ids: [world.taskId, world.otherTaskId],
      change: { action: "move", projectId: world.projectId },
    });
    await owner.task.bulk({ ids: [world.taskId], change: { action: "assign", assigneeId: editorId } });
    expect((await owner.task.byId({ id: world.taskId })).assigneeId).toBe(editorId);
    // Someone who has left meanwhile is not given it back: the refusal leaves the task unassigned.
    await owner.project.removeMember({ projectId: world.projectId, userId: editorId });
    expect(
      await codeOf(owner.task.bulk({ ids: [world.otherTaskId], change: { action: "assign", assigneeId: editorId } })),
    ).toBe("BAD_REQUEST");
    expect((await owner.task.byId({ id: world.otherTaskId })).assigneeId).toBeNull();
  });

  it("unassigns a member's tasks in a project they are removed from", async () => {
    const world = await sharedWorld();
    const owner = callerAs(world, "owner");
    const editorId = world.sessions.editor.user.id;
    await owner.task.update({ id: world.taskId, updatedAt: world.updatedAt, assigneeId: editorId });
    await owner.project.removeMember({ projectId: world.projectId, userId: editorId });
    expect((await owner.task.byId({ id: world.taskId })).assigneeId).toBeNull();
  });

  it("lets members talk about a task: authors edit and delete their own, owners delete any", async () => {
    const world = await sharedWorld();
    const owner = callerAs(world, "owner");
    const editor = callerAs(world, "editor");
    const viewer = callerAs(world, "viewer");
    const said = await editor.comment.create({ taskId: world.taskId, body: "I'll book the train" });
    expect(said).toMatchObject({
      authorId: world.sessions.editor.user.id,
      authorName: "Eddie",
      body: "I'll book the train",
    });

    const edited = await editor.comment.update({ id: said.id, body: "I booked the train" });
    expect(edited.body).toBe("I booked the train");
    expect(edited.updatedAt.getTime()).toBeGreaterThanOrEqual(said.updatedAt.getTime());
    expect(await codeOf(owner.comment.update({ id: said.id, body: "No" }))).toBe("FORBIDDEN");
    expect(await codeOf(viewer.comment.delete({ id: said.id }))).toBe("FORBIDDEN");
    expect((await viewer.comment.list({ taskId: world.taskId })).items.map((item) => item.body)).toEqual([
      "I booked the train",
    ]);

    const ownerSaid = await owner.comment.create({ taskId: world.taskId, body: "Thanks" });
    expect(await codeOf(editor.comment.delete({ id: ownerSaid.id }))).toBe("FORBIDDEN");
    await owner.comment.delete({ id: said.id });
    await owner.comment.delete({ id: ownerSaid.id });
    expect((await editor.comment.list({ taskId: world.taskId })).items).toEqual([]);
    expect(await codeOf(callerAs(world, "nonMember").comment.delete({ id: said.id }))).toBe("NOT_FOUND");
  });

  it("keeps a comment whose author deletes their account, from Deleted user", async () => {
    const world = await sharedWorld();
    await callerAs(world, "editor").comment.create({ taskId: world.taskId, body: "Bye" });
    await callerAs(world, "editor").account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION });
    const { items } = await callerAs(world, "owner").comment.list({ taskId: world.taskId });
    expect(items).toEqual([expect.objectContaining({ authorId: null, authorName: "Deleted user", body: "Bye" })]);
  });

  it("names who made each change in a shared task's history, and who created it", async () => {
    const world = await sharedWorld();
    await callerAs(world, "editor").task.setCompleted({ id: world.taskId, completed: true });
    const history = await callerAs(world, "owner").task.activity({ id: world.taskId });
    expect(history.map((event) => [event.kind, event.actorName])).toEqual([
      ["completed", "Eddie"],
      ["created", "Olive"],
    ]);
    await callerAs(world, "editor").account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION });
    const after = await callerAs(world, "owner").task.activity({ id: world.taskId });
    expect(after.map((event) => [event.kind, event.actorId, event.actorName])).toEqual([
      ["completed", null, "Deleted user"],
      ["created", world.sessions.owner.user.id, "Olive"],
    ]);
  });
});
