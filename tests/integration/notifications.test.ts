import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { NOTIFICATION_PAGE_SIZE, type NotificationKind } from "@/lib/notifications";
import type { ProjectRole } from "@/lib/project-roles";
import { DELETE_ACCOUNT_CONFIRMATION } from "@/lib/schemas/account";
import type { Session } from "@/server/auth/auth";
import { emailOutbox, notification, projectMember } from "@/server/db/schema";
import { deliverNotificationEmails } from "@/server/modules/notifications/deliver";
import { pruneReadNotifications, READ_NOTIFICATION_RETENTION_MS } from "@/server/modules/notifications/mutations";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

beforeAll(() => {
  // sendEmail prints each outbox message with its link outside production.
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

/** Ann owns "Trip"; Bob edits it, Cleo views it; Dan is in no project of theirs. */
async function team() {
  const [ann, bob, cleo, dan] = await Promise.all(["Ann", "Bob", "Cleo", "Dan"].map(person));
  if (!ann || !bob || !cleo || !dan) throw new Error("people not created");
  const trip = await api(ann).project.create({ name: "Trip" });
  const join = async (who: Session, role: ProjectRole) =>
    database.db.insert(projectMember).values({ projectId: trip.id, userId: who.user.id, role, position: "a0" });
  await join(bob, "editor");
  await join(cleo, "viewer");
  return { ann, bob, cleo, dan, projectId: trip.id };
}

/** What the user's inbox says, oldest first: "kind subject" lines. */
async function inbox(who: Session) {
  const { items } = await api(who).notification.list();
  return items.map((item) => `${item.kind} ${item.subject}`).reverse();
}

const kindsOf = async (who: Session): Promise<NotificationKind[]> =>
  (await api(who).notification.list()).items.map((item) => item.kind);

async function mailsTo(who: Session) {
  return database.db
    .select({ subject: emailOutbox.subject, text: emailOutbox.text })
    .from(emailOutbox)
    .where(eq(emailOutbox.to, who.user.email))
    .orderBy(desc(emailOutbox.createdAt));
}

describe("assigning", () => {
  it("tells the assignee, by whoever assigned, on create, edit and in bulk; not someone who takes a task", async () => {
    const { ann, bob, projectId } = await team();
    await api(ann).task.create({ title: "Book the train", projectId, assigneeId: bob.user.id });
    const ferry = await api(ann).task.create({ title: "Book the ferry", projectId });
    await api(ann).task.update({ id: ferry.id, updatedAt: ferry.updatedAt, assigneeId: bob.user.id });
    const hotel = await api(ann).task.create({ title: "Book the hotel", projectId });
    await api(ann).task.bulk({ ids: [hotel.id], change: { action: "assign", assigneeId: bob.user.id } });
    await api(bob).task.create({ title: "Pack", projectId, assigneeId: bob.user.id });

    expect(await inbox(bob)).toEqual(["assigned Book the train", "assigned Book the ferry", "assigned Book the hotel"]);
    const { items, unread } = await api(bob).notification.list();
    expect(unread).toBe(3);
    expect(items[0]).toMatchObject({ actorName: "Ann", projectId, taskId: hotel.id, readAt: null });
    expect(await inbox(ann)).toEqual([]);
  });

  it("does not tell again when the assignee stays the same", async () => {
    const { ann, bob, projectId } = await team();
    const created = await api(ann).task.create({ title: "Map", projectId, assigneeId: bob.user.id });
    await api(ann).task.update({
      id: created.id,
      updatedAt: created.updatedAt,
      title: "Map v2",
      assigneeId: bob.user.id,
    });
    expect(await inbox(bob)).toEqual(["assigned Map"]);
  });
});

describe("completing", () => {
  it("tells whoever assigned the task when someone else completes it, once", async () => {
    const { ann, bob, cleo, projectId } = await team();
    const created = await api(ann).task.create({ title: "Buy tickets", projectId, assigneeId: bob.user.id });
    await api(bob).task.setCompleted({ id: created.id, completed: true });
    await api(bob).task.setCompleted({ id: created.id, completed: true });
    expect(await inbox(ann)).toEqual(["completed Buy tickets"]);
    expect((await api(ann).notification.list()).items[0]?.actorName).toBe("Bob");
    expect(await inbox(cleo)).toEqual([]);
  });

  it("tells nobody when the one who assigned it completes it, or nobody assigned it; bulk completion tells too", async () => {
    const { ann, bob, projectId } = await team();
    const own = await api(ann).task.create({ title: "Mine", projectId, assigneeId: bob.user.id });
    await api(ann).task.setCompleted({ id: own.id, completed: true });
    const unassigned = await api(ann).task.create({ title: "Nobody's", projectId });
    await api(bob).task.setCompleted({ id: unassigned.id, completed: true });
    const bulk = await api(ann).task.create({ title: "Bulk one", projectId, assigneeId: bob.user.id });
    await api(bob).task.bulk({ ids: [bulk.id], change: { action: "complete", completed: true } });
    expect(await inbox(ann)).toEqual(["completed Bulk one"]);
  });
});

describe("comments", () => {
  it("tell the members they mention (as mentioned, once) and the task's creator and assignee", async () => {
    const { ann, bob, cleo, dan, projectId } = await team();
    const created = await api(ann).task.create({ title: "Choose dates", projectId, assigneeId: bob.user.id });
    await api(bob).comment.create({ taskId: created.id, body: "@Cleo what suits you? @Dan too" });
    await api(ann).comment.create({ taskId: created.id, body: "Works for me, @bob" });

    expect(await inbox(cleo)).toEqual(["mentioned Choose dates"]);
    expect(await inbox(ann)).toEqual(["commented Choose dates"]);
    // Bob, the assignee, is mentioned in Ann's comment: told once, as mentioned.
    expect(await inbox(bob)).toEqual(["assigned Choose dates", "mentioned Choose dates"]);
    // Dan is not a member: named, but not told.
    expect(await inbox(dan)).toEqual([]);
    const [latest] = (await api(cleo).notification.list()).items;
    expect(latest).toMatchObject({ actorName: "Bob", excerpt: "@Cleo what suits you? @Dan too", taskId: created.id });
  });

  it("an edit tells only the members it newly mentions", async () => {
    const { ann, bob, cleo, projectId } = await team();
    const created = await api(ann).task.create({ title: "Budget", projectId });
    const said = await api(ann).comment.create({ taskId: created.id, body: "@Bob have a look" });
    await api(ann).comment.update({ id: said.id, body: "@Bob have a look, and @Cleo" });
    expect(await inbox(bob)).toEqual(["mentioned Budget"]);
    expect(await inbox(cleo)).toEqual(["mentioned Budget"]);
  });

  it("keeps a long comment's first 200 characters", async () => {
    const { ann, bob, projectId } = await team();
    const created = await api(ann).task.create({ title: "Essay", projectId });
    await api(ann).comment.create({ taskId: created.id, body: `@Bob ${"x".repeat(500)}` });
    expect((await api(bob).notification.list()).items[0]?.excerpt).toHaveLength(200);
  });
});

describe("invitations and joining", () => {
  it("an invited account sees it in its inbox; answering it marks it read; the owners hear who joined", async () => {
    const { ann, dan, projectId } = await team();
    await api(ann).project.invite({ projectId, email: dan.user.email, role: "editor" });
    expect(await inbox(dan)).toEqual(["invited Trip"]);
    expect((await api(dan).notification.list()).invitations).toBe(1);
    const [pending] = await api(dan).invitation.list();
    if (!pending) throw new Error("no invitation listed");
    await api(dan).invitation.accept({ id: pending.id });
    expect(await api(dan).notification.list()).toMatchObject({ unread: 0, invitations: 0 });
    expect(await inbox(ann)).toEqual(["joined Trip"]);
    expect((await api(ann).notification.list()).items[0]?.actorName).toBe("Dan");
  });

  it("someone joining by a share link is news to the owners, not to editors", async () => {
    const { ann, bob, dan, projectId } = await team();
    const link = await api(ann).project.createShareLink({ projectId, role: "viewer" });
    const token = new URL(link.url).pathname.split("/").at(-1) ?? "";
    await api(dan).project.join({ token });
    expect(await kindsOf(ann)).toEqual(["joined"]);
    expect(await kindsOf(bob)).toEqual([]);
  });
});

describe("the inbox", () => {
  it("marks some or all read, only the user's own", async () => {
    const { ann, bob, projectId } = await team();
    for (const title of ["One", "Two", "Three"]) {
      await api(ann).task.create({ title, projectId, assigneeId: bob.user.id });
    }
    const { items } = await api(bob).notification.list();
    const [first, second] = items;
    if (!first || !second) throw new Error("notifications missing");
    expect(await codeOf(api(ann).notification.markRead({ ids: [first.id] }))).toBe("NOT_FOUND");
    expect(await api(bob).notification.markRead({ ids: [first.id, second.id] })).toEqual({ marked: 2 });
    expect((await api(bob).notification.list()).unread).toBe(1);
    expect(await api(bob).notification.markAllRead()).toEqual({ marked: 1 });
    const after = await api(bob).notification.list();
    expect(after.unread).toBe(0);
    expect(after.items.every((item) => item.readAt instanceof Date)).toBe(true);
  });

  it("pages from newest to oldest with a cursor", async () => {
    const { ann, bob, projectId } = await team();
    const many = NOTIFICATION_PAGE_SIZE + 3;
    const tasks = await Promise.all(
      Array.from({ length: many }, (_, i) => api(ann).task.create({ title: `T${i}`, projectId })),
    );
    await api(ann).task.bulk({ ids: tasks.map((t) => t.id), change: { action: "assign", assigneeId: bob.user.id } });
    // As the bell's infinite query asks for the first page.
    const first = await api(bob).notification.list({ cursor: null, direction: "forward" });
    expect(first.items).toHaveLength(NOTIFICATION_PAGE_SIZE);
    expect(first.unread).toBe(many);
    if (!first.nextCursor) throw new Error("no next page");
    const second = await api(bob).notification.list({ cursor: first.nextCursor });
    expect(second.items).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const ids = new Set([...first.items, ...second.items].map((item) => item.id));
    expect(ids.size).toBe(many);
  });

  it("drops what concerns a project once the user leaves it or is removed from it", async () => {
    const { ann, bob, cleo, projectId } = await team();
    await api(ann).task.create({ title: "Secret plan", projectId, assigneeId: bob.user.id });
    const noted = await api(ann).task.create({ title: "Note", projectId });
    await api(ann).comment.create({ taskId: noted.id, body: "@Cleo fyi" });
    await api(ann).project.removeMember({ projectId, userId: bob.user.id });
    await api(cleo).project.leave({ projectId });
    expect(await inbox(bob)).toEqual([]);
    expect(await inbox(cleo)).toEqual([]);
  });

  it("keeps what someone did after their account is deleted, from Deleted user", async () => {
    const { ann, bob, projectId } = await team();
    await api(bob).task.create({ title: "Left behind", projectId, assigneeId: ann.user.id });
    await api(bob).account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION });
    const { items } = await api(ann).notification.list();
    expect(items.map((item) => [item.kind, item.actorName])).toContainEqual(["assigned", "Deleted user"]);
  });

  it("read notifications older than 90 days are pruned; unread ones stay", async () => {
    const { ann, bob, projectId } = await team();
    await api(ann).task.create({ title: "Old news", projectId, assigneeId: bob.user.id });
    await api(ann).task.create({ title: "Unread", projectId, assigneeId: bob.user.id });
    const [, older] = (await api(bob).notification.list()).items;
    if (!older) throw new Error("missing");
    await database.db
      .update(notification)
      .set({ readAt: new Date(Date.now() - READ_NOTIFICATION_RETENTION_MS - 60_000) })
      .where(eq(notification.id, older.id));
    expect(await pruneReadNotifications(database.db)).toBeGreaterThanOrEqual(1);
    expect(await inbox(bob)).toEqual(["assigned Unread"]);
  });
});

describe("email", () => {
  it("sends what the recipient chose (assigned and mentioned by default), once, with a link to the task", async () => {
    const { ann, bob, projectId } = await team();
    expect(await api(bob).notification.preferences()).toEqual({ email: ["assigned", "mentioned"] });
    const created = await api(ann).task.create({ title: "Rent a car", projectId, assigneeId: bob.user.id });
    await api(ann).comment.create({ taskId: created.id, body: "plain words" });
    const mails = await mailsTo(bob);
    expect(mails.map((mail) => mail.subject)).toEqual(["Ann assigned you “Rent a car”"]);
    expect(mails[0]?.text).toContain(`/?task=${created.id}`);
    // Bob is the assignee, so Ann's comment is in his inbox, but "commented" is not chosen by email.
    expect(await kindsOf(bob)).toEqual(["commented", "assigned"]);
    expect(await deliverNotificationEmails(database.db)).toEqual({ sent: 0 });
  });

  it("follows the choices in Settings", async () => {
    const { ann, bob, projectId } = await team();
    expect(await api(bob).notification.setPreferences({ email: ["commented", "commented"] })).toEqual({
      email: ["commented"],
    });
    const created = await api(ann).task.create({ title: "Insurance", projectId, assigneeId: bob.user.id });
    await api(ann).comment.create({ taskId: created.id, body: "Done?" });
    expect((await mailsTo(bob)).map((mail) => mail.subject)).toEqual(["Ann commented on “Insurance”"]);
    expect(await mailsTo(bob).then((mails) => mails[0]?.text)).toContain("Done?");
  });

  it("refuses a kind that is not a choice", async () => {
    const { bob } = await team();
    // @ts-expect-error invitations always come by email: not a choice
    const refused = api(bob).notification.setPreferences({ email: ["invited"] });
    expect(await codeOf(refused)).toBe("BAD_REQUEST");
  });

  it("never mails an unverified address (the notification stays in the app)", async () => {
    const { ann, projectId } = await team();
    const unverified = await createSignedInUser(database.db, { name: "Una", emailVerified: false });
    await database.db
      .insert(projectMember)
      .values({ projectId, userId: unverified.user.id, role: "editor", position: "b0" });
    await api(ann).task.create({ title: "Sign up", projectId, assigneeId: unverified.user.id });
    expect(await mailsTo(unverified)).toEqual([]);
    expect(await kindsOf(unverified)).toEqual(["assigned"]);
    const [row] = await database.db
      .select({ emailPending: notification.emailPending })
      .from(notification)
      .where(and(eq(notification.userId, unverified.user.id)));
    expect(row?.emailPending).toBe(false);
  });
});

describe("notification.list", () => {
  it("needs a sign-in and shows only the user's own", async () => {
    const { ann, bob, dan, projectId } = await team();
    await api(ann).task.create({ title: "Private to Bob", projectId, assigneeId: bob.user.id });
    expect(await api(dan).notification.list()).toEqual({ items: [], unread: 0, invitations: 0, nextCursor: null });
    expect(await codeOf(callerFor(database.db, null).notification.list())).toBe("UNAUTHORIZED");
  });
});
