import { gt } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { SECTIONS_PER_PROJECT_MAX } from "@/lib/schemas/section";
import type { Session } from "@/server/auth/auth";
import { change, projectMember, section } from "@/server/db/schema";
import { changesAfter, feedBounds } from "@/server/modules/sync/feed";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf, failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;
let projectId: string;

beforeEach(async () => {
  session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
  projectId = (await api.project.create({ name: "Home" })).id;
});

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

async function sectionsNamed(...wanted: string[]) {
  const made = [];
  for (const name of wanted) made.push(await api.section.create({ projectId, name }));
  return made;
}

/** A task's section as the server reads it. */
async function sectionOf(id: string) {
  return (await api.task.byId({ id })).sectionId;
}

describe(`sections (${database.mode})`, () => {
  it("creates sections at the end, trimmed, or first, or right after another", async () => {
    const [todo, doing] = await sectionsNamed("  To do ", "Doing");
    if (!todo || !doing) throw new Error("setup");
    expect(todo).toMatchObject({ projectId, name: "To do" });

    await api.section.create({ projectId, name: "Ideas", afterId: null });
    await api.section.create({ projectId, name: "Blocked", afterId: todo.id });
    expect(names(await api.section.list({ projectId }))).toEqual(["Ideas", "To do", "Blocked", "Doing"]);
  });

  it("takes a client-made id once: the same create again returns the section; another project's use of it is CONFLICT", async () => {
    const id = crypto.randomUUID();
    const first = await api.section.create({ id, projectId, name: "Later" });
    expect(first.id).toBe(id);
    expect(await api.section.create({ id, projectId, name: "Later" })).toEqual(first);
    expect(await api.section.list({ projectId })).toHaveLength(1);

    const other = await api.project.create({ name: "Work" });
    expect(await codeOf(api.section.create({ id, projectId: other.id, name: "Later" }))).toBe("CONFLICT");
  });

  it("refuses an empty or overlong name", async () => {
    expect(await codeOf(api.section.create({ projectId, name: "   " }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.section.create({ projectId, name: "x".repeat(121) }))).toBe("BAD_REQUEST");
  });

  it("refuses a section past the project's limit, naming it", async () => {
    await database.db.insert(section).values(
      Array.from({ length: SECTIONS_PER_PROJECT_MAX }, (_, index) => ({
        projectId,
        name: `S${index}`,
        position: `a${String(index).padStart(4, "0")}`,
      })),
    );
    const refused = await failure(api.section.create({ projectId, name: "One too many" }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toBe(`A project can have at most ${SECTIONS_PER_PROJECT_MAX} sections.`);
  });

  it("renames", async () => {
    const [todo] = await sectionsNamed("To do");
    if (!todo) throw new Error("setup");
    expect(await api.section.update({ id: todo.id, name: " Next " })).toMatchObject({ id: todo.id, name: "Next" });
    expect(names(await api.section.list({ projectId }))).toEqual(["Next"]);
  });

  it("reorders: first, last, after and before another; never next to another project's section", async () => {
    const [a, b, c] = await sectionsNamed("A", "B", "C");
    if (!a || !b || !c) throw new Error("setup");

    await api.section.reorder({ id: c.id, afterId: null });
    expect(names(await api.section.list({ projectId }))).toEqual(["C", "A", "B"]);
    await api.section.reorder({ id: c.id });
    expect(names(await api.section.list({ projectId }))).toEqual(["A", "B", "C"]);
    await api.section.reorder({ id: a.id, afterId: b.id });
    expect(names(await api.section.list({ projectId }))).toEqual(["B", "A", "C"]);
    await api.section.reorder({ id: c.id, beforeId: b.id });
    expect(names(await api.section.list({ projectId }))).toEqual(["C", "B", "A"]);

    const other = await api.project.create({ name: "Work" });
    const elsewhere = await api.section.create({ projectId: other.id, name: "Elsewhere" });
    expect(await codeOf(api.section.reorder({ id: a.id, afterId: elsewhere.id }))).toBe("NOT_FOUND");
  });

  it("deletes a section moving its tasks out: they stay in the project, in no section", async () => {
    const [todo] = await sectionsNamed("To do");
    if (!todo) throw new Error("setup");
    const kept = await api.task.create({ title: "Kept", projectId, sectionId: todo.id });
    const step = await api.task.create({ title: "Step", parentId: kept.id });

    expect(await api.section.delete({ id: todo.id, tasks: "move" })).toEqual({
      id: todo.id,
      projectId,
      movedTasks: 2,
      trashedIds: [],
    });
    expect(await api.section.list({ projectId })).toEqual([]);
    expect(await api.task.byId({ id: kept.id })).toMatchObject({ projectId, sectionId: null });
    expect(await sectionOf(step.id)).toBeNull();
  });

  it("deletes a section with its tasks: they go to the trash, and restoring brings them back in no section", async () => {
    const [todo, doing] = await sectionsNamed("To do", "Doing");
    if (!todo || !doing) throw new Error("setup");
    const gone = await api.task.create({ title: "Gone", projectId, sectionId: todo.id });
    const step = await api.task.create({ title: "Its step", parentId: gone.id });
    const stays = await api.task.create({ title: "Stays", projectId, sectionId: doing.id });

    const deleted = await api.section.delete({ id: todo.id, tasks: "delete" });
    expect(deleted.trashedIds.sort()).toEqual([gone.id, step.id].sort());
    expect((await api.task.list({ projectId, status: "all" })).items.map((task) => task.id)).toEqual([stays.id]);

    await api.task.bulk({ ids: [gone.id], change: { action: "restore" } });
    expect(await api.task.byId({ id: gone.id })).toMatchObject({ projectId, sectionId: null });
    expect(await api.task.byId({ id: step.id })).toMatchObject({ parentId: gone.id, sectionId: null });
  });
});

describe(`tasks in sections (${database.mode})`, () => {
  it("creates a task in a section, lists it with its sectionId, and filters by section or none", async () => {
    const [todo] = await sectionsNamed("To do");
    if (!todo) throw new Error("setup");
    const inSection = await api.task.create({ title: "In", projectId, sectionId: todo.id });
    const outside = await api.task.create({ title: "Out", projectId });
    expect(inSection.sectionId).toBe(todo.id);
    expect(outside.sectionId).toBeNull();

    const all = await api.task.list({ projectId });
    expect(all.items.map((task) => [task.title, task.sectionId])).toEqual([
      ["In", todo.id],
      ["Out", null],
    ]);
    expect((await api.task.list({ projectId, sectionId: todo.id })).items.map((task) => task.id)).toEqual([
      inSection.id,
    ]);
    expect((await api.task.list({ projectId, sectionId: null })).items.map((task) => task.id)).toEqual([outside.id]);
  });

  it("refuses a section of another project, and any section in the Inbox, with a clear error", async () => {
    const other = await api.project.create({ name: "Work" });
    const elsewhere = await api.section.create({ projectId: other.id, name: "Elsewhere" });

    const wrongProject = await failure(api.task.create({ title: "x", projectId, sectionId: elsewhere.id }));
    expect(wrongProject.code).toBe("BAD_REQUEST");
    expect(wrongProject.message).toBe("That section belongs to another project.");
    const inbox = await failure(api.task.create({ title: "x", sectionId: elsewhere.id }));
    expect(inbox.code).toBe("BAD_REQUEST");
    expect(inbox.message).toMatch(/Inbox has no section/);

    const task = await api.task.create({ title: "Mine", projectId });
    expect(await codeOf(api.task.update({ id: task.id, updatedAt: task.updatedAt, sectionId: elsewhere.id }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(api.task.reorder({ id: task.id, sectionId: elsewhere.id }))).toBe("BAD_REQUEST");
    expect(await sectionOf(task.id)).toBeNull();
  });

  it("moves a task (with its subtasks) between sections by update, and out of any", async () => {
    const [todo, doing] = await sectionsNamed("To do", "Doing");
    if (!todo || !doing) throw new Error("setup");
    const parent = await api.task.create({ title: "Parent", projectId, sectionId: todo.id });
    const step = await api.task.create({ title: "Step", parentId: parent.id });
    expect(step.sectionId).toBe(todo.id);

    const moved = await api.task.update({ id: parent.id, updatedAt: parent.updatedAt, sectionId: doing.id });
    expect(moved.sectionId).toBe(doing.id);
    expect(await sectionOf(step.id)).toBe(doing.id);

    await api.task.update({ id: parent.id, updatedAt: moved.updatedAt, sectionId: null });
    expect(await sectionOf(parent.id)).toBeNull();
    expect(await sectionOf(step.id)).toBeNull();
  });

  it("keeps a subtask in its parent's section", async () => {
    const [todo, doing] = await sectionsNamed("To do", "Doing");
    if (!todo || !doing) throw new Error("setup");
    const parent = await api.task.create({ title: "Parent", projectId, sectionId: todo.id });
    expect(await codeOf(api.task.create({ title: "Step", parentId: parent.id, sectionId: doing.id }))).toBe(
      "BAD_REQUEST",
    );
    const step = await api.task.create({ title: "Step", parentId: parent.id });
    expect(await codeOf(api.task.update({ id: step.id, updatedAt: step.updatedAt, sectionId: doing.id }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(api.task.reorder({ id: step.id, sectionId: doing.id }))).toBe("BAD_REQUEST");

    // Nested under a parent in another section, a task joins the parent's section.
    const loose = await api.task.create({ title: "Loose", projectId, sectionId: doing.id });
    const nested = await api.task.update({ id: loose.id, updatedAt: loose.updatedAt, parentId: parent.id });
    expect(nested.sectionId).toBe(todo.id);
  });

  it("drops a task onto another section: reorder with sectionId places it and moves it there", async () => {
    const [todo, doing] = await sectionsNamed("To do", "Doing");
    if (!todo || !doing) throw new Error("setup");
    const first = await api.task.create({ title: "First", projectId, sectionId: doing.id });
    const moving = await api.task.create({ title: "Moving", projectId, sectionId: todo.id });
    const step = await api.task.create({ title: "Step", parentId: moving.id });

    const moved = await api.task.reorder({ id: moving.id, beforeId: first.id, sectionId: doing.id });
    expect(moved.sectionId).toBe(doing.id);
    expect(await sectionOf(step.id)).toBe(doing.id);
    expect((await api.task.list({ projectId, sectionId: doing.id, parentId: null })).items.map((t) => t.title)).toEqual(
      ["Moving", "First"],
    );
  });

  it("drops a task into an empty section: reorder with only sectionId keeps its place", async () => {
    const [todo, empty] = await sectionsNamed("To do", "Empty");
    if (!todo || !empty) throw new Error("setup");
    const moving = await api.task.create({ title: "Moving", projectId, sectionId: todo.id });
    const moved = await api.task.reorder({ id: moving.id, sectionId: empty.id });
    expect(moved).toMatchObject({ sectionId: empty.id, position: moving.position });
  });

  it("clears the section when a task moves to another project or the Inbox (update and bulk)", async () => {
    const [todo] = await sectionsNamed("To do");
    if (!todo) throw new Error("setup");
    const other = await api.project.create({ name: "Work" });
    const there = await api.section.create({ projectId: other.id, name: "There" });

    const byUpdate = await api.task.create({ title: "By update", projectId, sectionId: todo.id });
    const step = await api.task.create({ title: "Step", parentId: byUpdate.id });
    expect(
      await api.task.update({ id: byUpdate.id, updatedAt: byUpdate.updatedAt, projectId: other.id }),
    ).toMatchObject({ projectId: other.id, sectionId: null });
    expect(await api.task.byId({ id: step.id })).toMatchObject({ projectId: other.id, sectionId: null });

    const intoSection = await api.task.create({ title: "Into a section", projectId, sectionId: todo.id });
    expect(
      await api.task.update({
        id: intoSection.id,
        updatedAt: intoSection.updatedAt,
        projectId: other.id,
        sectionId: there.id,
      }),
    ).toMatchObject({ projectId: other.id, sectionId: there.id });

    const byBulk = await api.task.create({ title: "By bulk", projectId, sectionId: todo.id });
    await api.task.bulk({ ids: [byBulk.id], change: { action: "move", projectId: null } });
    expect(await api.task.byId({ id: byBulk.id })).toMatchObject({ projectId: null, sectionId: null });
  });

  it("records a change of section in the task's history", async () => {
    const [todo] = await sectionsNamed("To do");
    if (!todo) throw new Error("setup");
    const task = await api.task.create({ title: "Tracked", projectId });
    await api.task.update({ id: task.id, updatedAt: task.updatedAt, sectionId: todo.id });
    const [latest] = await api.task.activity({ id: task.id });
    expect(latest).toMatchObject({ kind: "updated", changes: { sectionId: { from: null, to: todo.id } } });
  });
});

describe(`each member's view of a project (${database.mode})`, () => {
  it("remembers collapsed sections and the layout per member, read back with the project", async () => {
    const member = await createSignedInUser(database.db);
    await database.db
      .insert(projectMember)
      .values({ projectId, userId: member.user.id, role: "viewer", position: "a0" });
    const memberApi = callerFor(database.db, member);
    const [todo, doing] = await sectionsNamed("To do", "Doing");
    if (!todo || !doing) throw new Error("setup");

    await memberApi.section.setCollapsed({ id: todo.id, collapsed: true });
    await memberApi.section.setCollapsed({ id: doing.id, collapsed: true });
    await memberApi.section.setCollapsed({ id: todo.id, collapsed: true });
    await memberApi.section.setCollapsed({ id: doing.id, collapsed: false });
    expect(await memberApi.project.setLayout({ projectId, layout: "board" })).toMatchObject({ layout: "board" });

    expect(await memberApi.project.byId({ id: projectId })).toMatchObject({
      layout: "board",
      collapsedSectionIds: [todo.id],
    });
    expect((await memberApi.project.list()).find((each) => each.id === projectId)).toMatchObject({
      layout: "board",
      collapsedSectionIds: [todo.id],
    });
    // The owner's view is their own.
    expect(await api.project.byId({ id: projectId })).toMatchObject({ layout: "list", collapsedSectionIds: [] });
    expect(await codeOf(api.project.setLayout({ projectId, layout: "table" } as never))).toBe("BAD_REQUEST");
  });
});

describe(`sections on the change feed (${database.mode})`, () => {
  it("are news to the project's members only", async () => {
    const member = await createSignedInUser(database.db);
    const outsider = await createSignedInUser(database.db);
    await database.db
      .insert(projectMember)
      .values({ projectId, userId: member.user.id, role: "viewer", position: "a0" });
    const start = (await feedBounds(database.db)).head;

    const [todo] = await sectionsNamed("To do");
    if (!todo) throw new Error("setup");
    await api.section.update({ id: todo.id, name: "Next" });
    await api.section.delete({ id: todo.id, tasks: "move" });

    const rows = await database.db.select().from(change).where(gt(change.seq, start)).orderBy(change.seq);
    expect(
      rows.map(({ entity, entityId, projectId: inProject, userId, op }) => ({
        entity,
        entityId,
        inProject,
        userId,
        op,
      })),
    ).toEqual(
      ["insert", "update", "delete"].map((op) => ({
        entity: "section",
        entityId: todo.id,
        inProject: projectId,
        userId: null,
        op,
      })),
    );
    expect((await changesAfter(database.db, member.user.id, start)).map((row) => row.op)).toEqual([
      "insert",
      "update",
      "delete",
    ]);
    expect(await changesAfter(database.db, outsider.user.id, start)).toEqual([]);
  });
});
