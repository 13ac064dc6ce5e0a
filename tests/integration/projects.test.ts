import { beforeEach, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure, messagesOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
});

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe("projects", () => {
  it("creates projects at the end of the sidebar, trimmed, grey unless told", async () => {
    const work = await api.project.create({ name: "  Work " });
    const home = await api.project.create({ name: "Home", color: "green" });

    expect(work).toMatchObject({ name: "Work", color: "gray", archivedAt: null, userId: session.user.id });
    expect(home).toMatchObject({ name: "Home", color: "green" });
    expect(await api.project.list()).toMatchObject([
      { id: work.id, name: "Work", color: "gray", archived: false, openTaskCount: 0 },
      { id: home.id, name: "Home", color: "green", archived: false, openTaskCount: 0 },
    ]);
    expect(await api.project.byId({ id: home.id })).toEqual(home);
  });

  it("renames, recolours, archives and unarchives", async () => {
    const created = await api.project.create({ name: "Garden" });

    expect(await api.project.update({ id: created.id, name: "Allotment", color: "teal" })).toMatchObject({
      name: "Allotment",
      color: "teal",
      archivedAt: null,
    });
    const archived = await api.project.update({ id: created.id, archived: true });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await api.project.list()).toMatchObject([{ name: "Allotment", archived: true }]);

    const unarchived = await api.project.update({ id: created.id, archived: false });
    expect(unarchived).toMatchObject({ archivedAt: null, name: "Allotment", color: "teal" });
    expect(await api.project.list()).toMatchObject([{ archived: false }]);
  });

  it("reorders: first, last, after and before another", async () => {
    const [a, b, c] = [
      await api.project.create({ name: "A" }),
      await api.project.create({ name: "B" }),
      await api.project.create({ name: "C" }),
    ];
    if (!a || !b || !c) throw new Error("setup");

    await api.project.reorder({ id: c.id, afterId: null });
    expect(names(await api.project.list())).toEqual(["C", "A", "B"]);
    await api.project.reorder({ id: c.id, beforeId: null });
    expect(names(await api.project.list())).toEqual(["A", "B", "C"]);
    await api.project.reorder({ id: a.id, afterId: b.id });
    expect(names(await api.project.list())).toEqual(["B", "A", "C"]);
    await api.project.reorder({ id: c.id, beforeId: b.id });
    expect(names(await api.project.list())).toEqual(["C", "B", "A"]);
    await api.project.reorder({ id: a.id, afterId: c.id, beforeId: b.id });
    expect(names(await api.project.list())).toEqual(["C", "A", "B"]);

    const wrongWay = await failure(api.project.reorder({ id: a.id, afterId: b.id, beforeId: c.id }));
    expect(wrongWay.code).toBe("BAD_REQUEST");
  });

  it("counts open top-level tasks per project (as its view lists them), completed and trashed ones excluded", async () => {
    const work = await api.project.create({ name: "Work" });
    const home = await api.project.create({ name: "Home" });
    const open = await api.task.create({ title: "open", projectId: work.id });
    await api.task.create({ title: "open step", parentId: open.id });
    const done = await api.task.create({ title: "done", projectId: work.id });
    await api.task.setCompleted({ id: done.id, completed: true });
    const binned = await api.task.create({ title: "binned", projectId: work.id });
    await api.task.delete({ id: binned.id });
    await api.task.create({ title: "inbox" });

    expect(await api.project.list()).toMatchObject([
      { name: "Work", openTaskCount: 1 },
      { name: "Home", openTaskCount: 0 },
    ]);
    expect(home.id).toBeTruthy();
  });

  it('deletes a project with tasks: "moveToInbox" keeps them, in the Inbox', async () => {
    const work = await api.project.create({ name: "Work" });
    const report = await api.task.create({ title: "Report", projectId: work.id });
    await api.task.create({ title: "Outline", parentId: report.id });
    const binned = await api.task.create({ title: "Old", projectId: work.id });
    await api.task.delete({ id: binned.id });
    await api.task.create({ title: "Already in the Inbox" });

    expect(await api.project.delete({ id: work.id, tasks: "moveToInbox" })).toEqual({ id: work.id, movedTasks: 3 });

    expect(await api.project.list()).toEqual([]);
    const inbox = await api.task.list({ projectId: null });
    expect(inbox.items.map((item) => [item.title, item.projectId])).toEqual([
      ["Report", null],
      ["Outline", null],
      ["Already in the Inbox", null],
    ]);
    expect((await api.task.restore({ id: binned.id })).projectId).toBeNull();
    expect((await failure(api.project.byId({ id: work.id }))).code).toBe("NOT_FOUND");
  });

  it('deletes a project with tasks: "delete" removes them, and leaves other projects alone', async () => {
    const work = await api.project.create({ name: "Work" });
    const home = await api.project.create({ name: "Home" });
    const report = await api.task.create({ title: "Report", projectId: work.id });
    await api.task.create({ title: "Outline", parentId: report.id });
    await api.task.create({ title: "Dishes", projectId: home.id });
    await api.task.create({ title: "Inbox task" });

    expect(await api.project.delete({ id: work.id, tasks: "delete" })).toEqual({ id: work.id, movedTasks: 0 });

    const all = await api.task.list({ status: "all" });
    expect(all.items.map((item) => item.title)).toEqual(["Dishes", "Inbox task"]);
    expect((await failure(api.task.byId({ id: report.id }))).code).toBe("NOT_FOUND");
    expect(names(await api.project.list())).toEqual(["Home"]);
  });

  it.each([
    [{ name: "x", color: "chartreuse" }, "Pick one of the offered colours."],
    [{ name: "   " }, "Enter a project name."],
    [{ name: "x".repeat(121) }, "Use at most 120 characters."],
  ])("refuses %j with BAD_REQUEST and a message", async (input, message) => {
    const error = await failure(api.project.create(input as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(messagesOf(error)).toContain(message);
    expect(await api.project.list()).toEqual([]);
  });

  it("refuses an invalid colour on update and an empty change", async () => {
    const created = await api.project.create({ name: "Work", color: "blue" });
    expect((await failure(api.project.update({ id: created.id, color: "#ff0000" } as never))).code).toBe("BAD_REQUEST");
    expect((await failure(api.project.update({ id: created.id }))).code).toBe("BAD_REQUEST");
    expect(await api.project.byId({ id: created.id })).toMatchObject({ color: "blue" });
  });

  it("an archived project's tasks leave the views across projects, and stay in its own view", async () => {
    const allotment = await api.project.create({ name: "Allotment" });
    const today = "2026-03-02";
    const garden = await api.label.create({ name: "garden" });
    await api.task.create({ title: "Water the beans", projectId: allotment.id, dueDate: today, labelIds: [garden.id] });
    await api.task.create({ title: "Water the plants", dueDate: today });
    await api.project.update({ id: allotment.id, archived: true });

    const titles = async (input: Parameters<typeof api.task.list>[0]) =>
      (await api.task.list(input)).items.map((item) => item.title);
    expect(await titles({ dueTo: today })).toEqual(["Water the plants"]);
    expect(await titles({ search: "water" })).toEqual(["Water the plants"]);
    expect(await titles({ projectId: allotment.id })).toEqual(["Water the beans"]);
    expect(await titles({ labelIds: [garden.id] })).toEqual([]);
    expect(await api.label.list()).toMatchObject([{ name: "garden", openTaskCount: 0 }]);

    await api.project.update({ id: allotment.id, archived: false });
    expect(await titles({ dueTo: today, sort: "title" })).toEqual(["Water the beans", "Water the plants"]);
  });
});
