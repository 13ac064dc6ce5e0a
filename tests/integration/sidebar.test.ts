import { beforeAll, describe, expect, it, vi } from "vitest";
import { viewInput } from "@/app/(app)/_components/tasks/task-list-input";
import type { Session } from "@/server/auth/auth";
import { projectMember } from "@/server/db/schema";
import { feedBounds } from "@/server/modules/sync/feed";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

beforeAll(() => {
  // sendEmail prints each invitation it writes to the outbox, with its link, outside production.
  vi.spyOn(console, "info").mockImplementation(() => {});
});

const api = (session: Session) => callerFor(database.db, session);

async function person(name: string) {
  return createSignedInUser(database.db, {
    name,
    email: `${name.toLowerCase()}-${crypto.randomUUID()}@example.test`,
    emailVerified: true,
  });
}

/**
 * Bob, with some of everything the shell shows: a project of his own and an archived one, an editor's place in
 * Ann's project (with her tasks, one labelled by him, one assigned to him: a notification), labels, saved
 * filters, a reminder due within the hour and one due tomorrow, subtasks and done tasks that no count
 * includes, and an invitation into Ann's other project.
 */
async function bobsWorld() {
  const [ann, bob] = await Promise.all([person("Ann"), person("Bob")]);
  if (!ann || !bob) throw new Error("people not created");
  const home = await api(bob).project.create({ name: "Home", color: "green" });
  const old = await api(bob).project.create({ name: "Old" });
  const trip = await api(ann).project.create({ name: "Trip", color: "blue" });
  // Last in Bob's sidebar (a key after his own projects').
  await database.db
    .insert(projectMember)
    .values({ projectId: trip.id, userId: bob.user.id, role: "editor", position: "b00" });
  await api(bob).task.create({ title: "Old chore", projectId: old.id });
  await api(bob).project.update({ id: old.id, archived: true });
  const errand = await api(bob).label.create({ name: "errand", color: "red" });
  await api(bob).label.create({ name: "Calls" });
  const booked = await api(ann).task.create({ title: "Book the train", projectId: trip.id, assigneeId: bob.user.id });
  await api(bob).task.update({ id: booked.id, updatedAt: booked.updatedAt, labelIds: [errand.id] });
  await api(ann).task.create({ title: "Pack", projectId: trip.id });
  const inbox = await api(bob).task.create({ title: "Water the plants", labelIds: [errand.id] });
  await api(bob).task.create({ title: "Step one", parentId: inbox.id });
  const done = await api(bob).task.create({ title: "Done already" });
  await api(bob).task.setCompleted({ id: done.id, completed: true });
  await api(bob).task.create({ title: "Fix the shelf", projectId: home.id });
  await api(bob).filter.create({ name: "Urgent", query: "p1" });
  await api(bob).filter.create({ name: "Trip today", query: "#Trip & today", color: "blue" });
  await api(bob).reminder.create({ taskId: inbox.id, absolute: new Date(Date.now() + 10 * 60_000) });
  await api(bob).reminder.create({ taskId: inbox.id, absolute: new Date(Date.now() + 24 * 60 * 60_000) });
  const later = await api(ann).project.create({ name: "Later" });
  await api(ann).project.invite({ projectId: later.id, email: bob.user.email, role: "viewer" });
  return { ann, bob };
}

describe("sidebar.get", () => {
  it("is one statement", async () => {
    const { bob } = await bobsWorld();
    const { result, statements } = await database.countStatements(() => api(bob).sidebar.get());
    expect(statements).toBe(1);
    expect(result.projects.map((project) => project.name)).toEqual(["Home", "Old", "Trip"]);
  });

  it("builds its statement once per database: later calls, by anyone, only run it with their own values", async () => {
    const { ann, bob } = await bobsWorld();
    await api(bob).sidebar.get();
    const select = vi.spyOn(database.db, "select");
    try {
      const [bobs, anns] = await Promise.all([api(bob).sidebar.get(), api(ann).sidebar.get()]);
      expect(select).not.toHaveBeenCalled();
      expect(bobs.projects.map((project) => project.name)).toEqual(["Home", "Old", "Trip"]);
      expect(anns.projects.map((project) => project.name)).toEqual(["Trip", "Later"]);
    } finally {
      select.mockRestore();
    }
  });

  it("answers each part as its own procedure does, for the caller only", async () => {
    const { ann, bob } = await bobsWorld();
    for (const who of [bob, ann]) {
      const caller = api(who);
      const [sidebar, projects, inboxCount, labels, filters, reminders, notifications] = await Promise.all([
        caller.sidebar.get(),
        caller.project.list(),
        caller.project.inboxCount(),
        caller.label.list(),
        caller.filter.list(),
        caller.reminder.upcoming(),
        caller.notification.list({}),
      ]);
      expect(sidebar).toEqual({
        projects,
        inboxCount,
        labels,
        filters,
        reminders,
        unreadNotifications: notifications.unread,
        waitingInvitations: notifications.invitations,
        // Where the change feed stood when the shell was read (see change-stream.test.ts).
        feedHead: (await feedBounds(database.db)).head,
      });
    }
  });

  it("carries the counts, the shared project, the hour's reminder, the unread notification and the invitation", async () => {
    const { bob } = await bobsWorld();
    const sidebar = await api(bob).sidebar.get();
    expect(sidebar.projects).toMatchObject([
      { name: "Home", role: "owner", archived: false, openTaskCount: 1, color: "green" },
      { name: "Old", role: "owner", archived: true, openTaskCount: 1 },
      { name: "Trip", role: "editor", archived: false, openTaskCount: 2, color: "blue", layout: "list" },
    ]);
    expect(sidebar.projects[0]?.updatedAt).toBeInstanceOf(Date);
    expect(sidebar.projects[0]?.collapsedSectionIds).toEqual([]);
    // Neither the subtask nor the completed task is a row of the Inbox.
    expect(sidebar.inboxCount).toBe(1);
    expect(sidebar.labels).toMatchObject([
      { name: "Calls", openTaskCount: 0 },
      { name: "errand", openTaskCount: 2, color: "red" },
    ]);
    expect(sidebar.filters.map((filter) => [filter.name, filter.query])).toEqual([
      ["Urgent", "p1"],
      ["Trip today", "#Trip & today"],
    ]);
    expect(sidebar.reminders).toMatchObject([{ title: "Water the plants" }]);
    expect(sidebar.reminders[0]?.nextAt).toBeInstanceOf(Date);
    expect(sidebar.unreadNotifications).toBe(2);
    expect(sidebar.waitingInvitations).toBe(1);
  });

  it("with a view's list is what a signed-in page reads: two statements", async () => {
    const { bob } = await bobsWorld();
    const caller = api(bob);
    const { statements } = await database.countStatements(() =>
      Promise.all([
        caller.sidebar.get(),
        caller.task.list(viewInput({ kind: "inbox", showCompleted: false }, "2026-03-02")),
      ]),
    );
    expect(statements).toBe(2);
  });
});
