import { asc } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DELETE_ACCOUNT_CONFIRMATION } from "@/lib/schemas/account";
import type { Session } from "@/server/auth/auth";
import {
  account,
  calendarFeed,
  comment,
  conversation,
  conversationMessage,
  label,
  notification,
  notificationPreference,
  oauthClient,
  oauthConsent,
  personalAccessToken,
  project,
  pushSubscription,
  reminder,
  savedFilter,
  section,
  session,
  task,
  taskActivity,
  taskLabel,
  user,
} from "@/server/db/schema";
import { ensureConversation, saveMessages } from "@/server/modules/conversations/store";
import { appRouter } from "@/server/trpc/root";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

beforeAll(() => {
  // sendEmail prints each invitation it writes to the outbox, with its link, outside production.
  vi.spyOn(console, "info").mockImplementation(() => {});
});

type Caller = ReturnType<typeof callerFor>;

/** The owner's rows a stranger names (`theirs…`), and the stranger's own rows (`own…`). */
interface World {
  theirTask: string;
  theirSubtask: string;
  theirTrashedTask: string;
  theirProject: string;
  /** A section of the owner's project (their task is in it). */
  theirSection: string;
  theirLabel: string;
  /** One of the owner's browser sessions, and one of their personal access tokens. */
  theirSession: string;
  theirAccessToken: string;
  /** The client id of an app (MCP client) the owner connected. */
  theirConnectedApp: string;
  /** A reminder of the owner's task, and the endpoint of the owner's browser push subscription. */
  theirReminder: string;
  theirPushEndpoint: string;
  /** A conversation of the owner's with the AI assistant. */
  theirConversation: string;
  /** An invitation into the owner's project, for an address that is not the stranger's. */
  theirInvitation: string;
  /** A comment of the owner's on their task. */
  theirComment: string;
  /** A notification of the owner's (someone assigned them a task). */
  theirNotification: string;
  /** One of the owner's calendar feeds (of their project). */
  theirCalendarFeed: string;
  /** A saved filter of the owner's (#19). */
  theirFilter: string;
  ownFilter: string;
  ownTask: string;
  ownProject: string;
  ownSection: string;
  ownLabel: string;
  ownOtherLabel: string;
  ownUpdatedAt: Date;
  /** The stranger's user id. */
  stranger: string;
}

/**
 * Every procedure of the app that names a row (the others are OWN_ONLY), called by a stranger with ids of the
 * owner's rows — as the target, or inside the input next to the stranger's own rows. Each must be
 * NOT_FOUND and write nothing. A procedure added to a router without an entry here fails the first test.
 */
const CASES: Record<string, (api: Caller, w: World) => Promise<unknown>> = {
  "task.byId": (api, w) => api.task.byId({ id: w.theirTask }),
  "task.activity": (api, w) => api.task.activity({ id: w.theirTask }),
  "task.update": (api, w) => api.task.update({ id: w.theirTask, updatedAt: new Date(), title: "pwned" }),
  "task.update (projectId: theirs)": (api, w) =>
    api.task.update({ id: w.ownTask, updatedAt: w.ownUpdatedAt, projectId: w.theirProject }),
  "task.update (labelIds: theirs)": (api, w) =>
    api.task.update({ id: w.ownTask, updatedAt: w.ownUpdatedAt, labelIds: [w.ownLabel, w.theirLabel] }),
  "task.update (parentId: theirs)": (api, w) =>
    api.task.update({ id: w.ownTask, updatedAt: w.ownUpdatedAt, parentId: w.theirTask }),
  "task.setCompleted": (api, w) => api.task.setCompleted({ id: w.theirTask, completed: true }),
  "task.setCompleted (reopen)": (api, w) => api.task.setCompleted({ id: w.theirTask, completed: false }),
  "task.delete": (api, w) => api.task.delete({ id: w.theirTask }),
  "task.restore": (api, w) => api.task.restore({ id: w.theirTrashedTask }),
  "task.reorder": (api, w) => api.task.reorder({ id: w.theirTask, afterId: w.ownTask }),
  "task.reorder (as neighbour)": (api, w) => api.task.reorder({ id: w.ownTask, afterId: w.theirTask }),
  "task.update (sectionId: theirs)": (api, w) =>
    api.task.update({ id: w.ownTask, updatedAt: w.ownUpdatedAt, projectId: w.ownProject, sectionId: w.theirSection }),
  "task.reorder (sectionId: theirs)": (api, w) => api.task.reorder({ id: w.ownTask, sectionId: w.theirSection }),
  "task.create (sectionId: theirs)": (api, w) =>
    api.task.create({ title: "x", projectId: w.ownProject, sectionId: w.theirSection }),
  "task.list (sectionId: theirs)": (api, w) => api.task.list({ sectionId: w.theirSection }),
  "section.list": (api, w) => api.section.list({ projectId: w.theirProject }),
  "section.create": (api, w) => api.section.create({ projectId: w.theirProject, name: "pwned" }),
  "section.create (after theirs)": (api, w) =>
    api.section.create({ projectId: w.ownProject, name: "x", afterId: w.theirSection }),
  "section.update": (api, w) => api.section.update({ id: w.theirSection, name: "pwned" }),
  "section.reorder": (api, w) => api.section.reorder({ id: w.theirSection, afterId: null }),
  "section.reorder (after theirs)": (api, w) => api.section.reorder({ id: w.ownSection, afterId: w.theirSection }),
  "section.setCollapsed": (api, w) => api.section.setCollapsed({ id: w.theirSection, collapsed: true }),
  "project.setLayout": (api, w) => api.project.setLayout({ projectId: w.theirProject, layout: "board" }),
  "section.delete": (api, w) => api.section.delete({ id: w.theirSection, tasks: "delete" }),
  "section.delete (move)": (api, w) => api.section.delete({ id: w.theirSection, tasks: "move" }),
  "task.create (projectId: theirs)": (api, w) => api.task.create({ title: "x", projectId: w.theirProject }),
  "task.create (labelIds: theirs)": (api, w) => api.task.create({ title: "x", labelIds: [w.ownLabel, w.theirLabel] }),
  "task.create (parentId: theirs)": (api, w) => api.task.create({ title: "x", parentId: w.theirTask }),
  "task.list (projectId: theirs)": (api, w) => api.task.list({ projectId: w.theirProject }),
  "task.list (labelIds: theirs)": (api, w) => api.task.list({ labelIds: [w.theirLabel] }),
  "task.list (parentId: theirs)": (api, w) => api.task.list({ parentId: w.theirTask }),
  "task.moveOccurrence": (api, w) =>
    api.task.moveOccurrence({
      id: w.theirTask,
      updatedAt: new Date(),
      occurrence: "2026-12-07",
      dueDate: "2026-12-08",
    }),
  "task.restoreOccurrence": (api, w) =>
    api.task.restoreOccurrence({ id: w.theirTask, occurrence: "2026-12-07", copyId: w.ownTask }),
  "task.restoreOccurrence (copyId: theirs)": (api, w) =>
    api.task.restoreOccurrence({ id: w.ownTask, occurrence: "2026-12-07", copyId: w.theirTask }),
  "task.bulk (ids: theirs)": (api, w) =>
    api.task.bulk({ ids: [w.theirTask], change: { action: "complete", completed: true } }),
  "task.bulk (ids: own and theirs)": (api, w) =>
    api.task.bulk({ ids: [w.ownTask, w.theirTask], change: { action: "priority", priority: 1 } }),
  "task.bulk (delete theirs)": (api, w) =>
    api.task.bulk({ ids: [w.ownTask, w.theirTask], change: { action: "delete" } }),
  "task.bulk (restore theirs)": (api, w) => api.task.bulk({ ids: [w.theirTrashedTask], change: { action: "restore" } }),
  "task.bulk (move to their project)": (api, w) =>
    api.task.bulk({ ids: [w.ownTask], change: { action: "move", projectId: w.theirProject } }),
  "task.bulk (addLabel theirs)": (api, w) =>
    api.task.bulk({ ids: [w.ownTask], change: { action: "addLabel", labelId: w.theirLabel } }),
  "task.bulk (removeLabel theirs)": (api, w) =>
    api.task.bulk({ ids: [w.ownTask], change: { action: "removeLabel", labelId: w.theirLabel } }),
  "import.run (projectId: theirs)": (api, w) =>
    api.import.run({
      format: "todoist-csv",
      mode: "import",
      fileName: "pwned.csv",
      content: "TYPE,CONTENT\ntask,pwned @x\n",
      projectId: w.theirProject,
    }),
  "import.run (preview into theirs)": (api, w) =>
    api.import.run({
      format: "todoist-csv",
      mode: "preview",
      fileName: "pwned.csv",
      content: "TYPE,CONTENT\ntask,pwned\n",
      projectId: w.theirProject,
    }),
  "project.byId": (api, w) => api.project.byId({ id: w.theirProject }),
  "project.update": (api, w) => api.project.update({ id: w.theirProject, name: "pwned", archived: true }),
  "project.delete": (api, w) => api.project.delete({ id: w.theirProject, tasks: "delete" }),
  "project.delete (moveToInbox)": (api, w) => api.project.delete({ id: w.theirProject, tasks: "moveToInbox" }),
  "project.reorder": (api, w) => api.project.reorder({ id: w.theirProject, afterId: null }),
  "project.reorder (after theirs)": (api, w) => api.project.reorder({ id: w.ownProject, afterId: w.theirProject }),
  "project.reorder (before theirs)": (api, w) => api.project.reorder({ id: w.ownProject, beforeId: w.theirProject }),
  "project.invite": (api, w) =>
    api.project.invite({ projectId: w.theirProject, email: "x@example.test", role: "owner" }),
  "project.invitations": (api, w) => api.project.invitations({ projectId: w.theirProject }),
  "project.revokeInvitation": (api, w) => api.project.revokeInvitation({ id: w.theirInvitation }),
  "project.members": (api, w) => api.project.members({ projectId: w.theirProject }),
  "project.setRole": (api, w) => api.project.setRole({ projectId: w.theirProject, userId: w.stranger, role: "owner" }),
  "project.removeMember": (api, w) => api.project.removeMember({ projectId: w.theirProject, userId: w.stranger }),
  "project.leave": (api, w) => api.project.leave({ projectId: w.theirProject }),
  "project.shareLink": (api, w) => api.project.shareLink({ projectId: w.theirProject }),
  "project.createShareLink": (api, w) => api.project.createShareLink({ projectId: w.theirProject, role: "editor" }),
  "project.disableShareLink": (api, w) => api.project.disableShareLink({ projectId: w.theirProject }),
  // A token no link was made with (a live one is the point of a share link: whoever holds it joins).
  "project.join": (api) => api.project.join({ token: "a".repeat(43) }),
  "invitation.byToken": (api) => api.invitation.byToken({ token: "a".repeat(43) }),
  "comment.list": (api, w) => api.comment.list({ taskId: w.theirTask }),
  "comment.create": (api, w) => api.comment.create({ taskId: w.theirTask, body: "pwned" }),
  "comment.update": (api, w) => api.comment.update({ id: w.theirComment, body: "pwned" }),
  "comment.delete": (api, w) => api.comment.delete({ id: w.theirComment }),
  "notification.markRead": (api, w) => api.notification.markRead({ ids: [w.theirNotification] }),
  "invitation.accept": (api, w) => api.invitation.accept({ id: w.theirInvitation }),
  "invitation.decline": (api, w) => api.invitation.decline({ id: w.theirInvitation }),
  "label.update": (api, w) => api.label.update({ id: w.theirLabel, name: "pwned", color: "red" }),
  "label.delete": (api, w) => api.label.delete({ id: w.theirLabel }),
  "label.merge (from theirs)": (api, w) => api.label.merge({ fromId: w.theirLabel, intoId: w.ownLabel }),
  "label.merge (into theirs)": (api, w) => api.label.merge({ fromId: w.ownLabel, intoId: w.theirLabel }),
  "session.revoke": (api, w) => api.session.revoke({ id: w.theirSession }),
  "accessToken.revoke": (api, w) => api.accessToken.revoke({ id: w.theirAccessToken }),
  "connectedApp.revoke": (api, w) => api.connectedApp.revoke({ clientId: w.theirConnectedApp }),
  "reminder.list": (api, w) => api.reminder.list({ taskId: w.theirTask }),
  "reminder.create": (api, w) => api.reminder.create({ taskId: w.theirTask, minutesBefore: 10 }),
  "reminder.create (absolute)": (api, w) => api.reminder.create({ taskId: w.theirTask, absolute: new Date() }),
  "reminder.delete": (api, w) => api.reminder.delete({ id: w.theirReminder }),
  "push.unsubscribe": (api, w) => api.push.unsubscribe({ endpoint: w.theirPushEndpoint }),
  "conversation.byId": (api, w) => api.conversation.byId({ id: w.theirConversation }),
  "conversation.rename": (api, w) => api.conversation.rename({ id: w.theirConversation, title: "pwned" }),
  "conversation.delete": (api, w) => api.conversation.delete({ id: w.theirConversation }),
  "calendarFeed.revoke": (api, w) => api.calendarFeed.revoke({ id: w.theirCalendarFeed }),
  "calendarFeed.rotate": (api, w) => api.calendarFeed.rotate({ id: w.theirCalendarFeed }),
  "calendarFeed.create (their project)": (api, w) => api.calendarFeed.create({ projectId: w.theirProject }),
  "filter.byId": (api, w) => api.filter.byId({ id: w.theirFilter }),
  "filter.update": (api, w) => api.filter.update({ id: w.theirFilter, name: "pwned", query: "p1", color: "red" }),
  "filter.delete": (api, w) => api.filter.delete({ id: w.theirFilter }),
  "filter.reorder": (api, w) => api.filter.reorder({ id: w.theirFilter, afterId: w.ownFilter }),
  "filter.reorder (as neighbour)": (api, w) => api.filter.reorder({ id: w.ownFilter, afterId: w.theirFilter }),
};

interface Settled {
  code: string;
  value: unknown;
}

/**
 * Procedures that name no row of the owner's: they answer with the stranger's own rows only,
 * and an id the owner already uses is refused. The account router acts on the caller alone.
 */
const OWN_ONLY: Record<
  string,
  { call: (api: Caller, w: World) => Promise<unknown>; check(settled: Settled, w: World): void }
> = {
  "task.list": {
    call: (api) => api.task.list({ status: "all" }),
    check: ({ value }, w) => expect(value).toMatchObject({ items: [{ id: w.ownTask }], nextCursor: null }),
  },
  "task.calendar": {
    // The stranger's one task has no date: the side list; none of the owner's tasks anywhere.
    call: (api) => api.task.calendar({ from: "2026-11-30", to: "2027-01-03" }),
    check: ({ value }, w) =>
      expect(value).toEqual({
        entries: [],
        unscheduled: [expect.objectContaining({ id: w.ownTask })],
        moreUnscheduled: false,
      }),
  },
  "task.completed": {
    // Nothing of the stranger's is completed; task-completions.test.ts shows others' completions stay hidden.
    call: (api) => api.task.completed({}),
    check: ({ value }) => expect(value).toEqual({ items: [], nextCursor: null }),
  },
  "project.list": {
    call: (api) => api.project.list(),
    check: ({ value }, w) => expect(value).toMatchObject([{ id: w.ownProject }]),
  },
  "label.list": {
    call: (api) => api.label.list(),
    // Sorted by name: "also mine", "mine".
    check: ({ value }, w) => expect(value).toMatchObject([{ id: w.ownOtherLabel }, { id: w.ownLabel }]),
  },
  "project.inboxCount": {
    call: (api) => api.project.inboxCount(),
    // The stranger's one open Inbox task; the owner's Inbox holds only a trashed task.
    check: ({ value }) => expect(value).toBe(1),
  },
  "sidebar.get": {
    call: (api) => api.sidebar.get(),
    // The stranger's own of each part; none of the owner's reminders, notifications or invitations.
    check: ({ value }, w) =>
      expect(value).toMatchObject({
        projects: [{ id: w.ownProject }],
        inboxCount: 1,
        labels: [{ id: w.ownOtherLabel }, { id: w.ownLabel }],
        filters: [{ id: w.ownFilter }],
        reminders: [],
        unreadNotifications: 0,
        waitingInvitations: 0,
      }),
  },
  "task.create": {
    call: (api, w) => api.task.create({ id: w.theirTask, title: "x" }),
    check: ({ code }) => expect(code).toBe("CONFLICT"),
  },
  "project.create": {
    call: (api, w) => api.project.create({ id: w.theirProject, name: "x" }),
    check: ({ code }) => expect(code).toBe("CONFLICT"),
  },
  "section.create (id: theirs)": {
    call: (api, w) => api.section.create({ id: w.theirSection, projectId: w.ownProject, name: "x" }),
    check: ({ code }) => expect(code).toBe("CONFLICT"),
  },
  "label.create": {
    call: (api, w) => api.label.create({ id: w.theirLabel, name: "x" }),
    check: ({ code }) => expect(code).toBe("CONFLICT"),
  },
  "filter.list": {
    call: (api) => api.filter.list(),
    check: ({ value }, w) => expect(value).toMatchObject([{ id: w.ownFilter }]),
  },
  "filter.parse": {
    call: (api) => api.filter.parse({ query: "#Secret plans & @secret" }),
    check: ({ value }) => expect(value).toMatchObject({ valid: true }),
  },
  "filter.create": {
    call: (api, w) => api.filter.create({ id: w.theirFilter, name: "x", query: "today" }),
    check: ({ code }) => expect(code).toBe("CONFLICT"),
  },
  "task.list (filter naming theirs)": {
    // Names are looked up among the caller's own projects, sections and labels only.
    call: (api) => api.task.list({ filter: "#Secret plans | @secret | search: private | recurring", status: "all" }),
    check: ({ value }) => expect(value).toEqual({ items: [], nextCursor: null }),
  },
  "import.formats": {
    call: (api) => api.import.formats(),
    check: ({ value }) =>
      expect(value).toMatchObject({
        formats: [{ format: "todoist-csv" }, { format: "todoist-backup" }, { format: "tasklane-json" }],
      }),
  },
  "account.me": {
    call: (api) => api.account.me(),
    check: ({ value }, w) => expect(value).toMatchObject({ id: w.stranger }),
  },
  "account.export": {
    call: (api) => api.account.export(),
    check: ({ value }, w) =>
      expect(value).toMatchObject({
        user: { id: w.stranger },
        projects: [{ id: w.ownProject }],
        tasks: [{ id: w.ownTask, labelIds: [w.ownLabel] }],
      }),
  },
  "account.update": {
    // The caller's own settings only; saving the zone they have changes no user's name, email or zone.
    call: (api) => api.account.update({ timeZone: "UTC" }),
    check: ({ value }) => expect(value).toMatchObject({ timeZone: "UTC" }),
  },
  "session.list": {
    call: (api) => api.session.list(),
    check: ({ value }, w) => {
      expect(value).toEqual([expect.objectContaining({ current: true })]);
      expect(JSON.stringify(value)).not.toContain(w.theirSession);
    },
  },
  "session.revokeOthers": {
    // The stranger's only session is the current one: nothing to revoke, and the owner's stay.
    call: (api) => api.session.revokeOthers(),
    check: ({ value }) => expect(value).toEqual({ count: 0 }),
  },
  "reminder.upcoming": {
    // The owner's reminder is due in a minute; the stranger has none.
    call: (api) => api.reminder.upcoming(),
    check: ({ value }) => expect(value).toEqual([]),
  },
  "push.publicKey": {
    // No VAPID keys in the test environment.
    call: (api) => api.push.publicKey(),
    check: ({ value }) => expect(value).toBeNull(),
  },
  "push.subscribe": {
    // A subscription of the caller's own (left out of the snapshot); the owner's stays theirs.
    call: (api) =>
      api.push.subscribe({
        endpoint: "https://fcm.googleapis.com/fcm/send/stranger",
        keys: { p256dh: "BBBB", auth: "cccc" },
      }),
    check: ({ value }) => expect(value).toMatchObject({ endpoint: "https://fcm.googleapis.com/fcm/send/stranger" }),
  },
  "connectedApp.list": {
    call: (api) => api.connectedApp.list(),
    check: ({ value }) => expect(value).toEqual([]),
  },
  "accessToken.list": {
    call: (api) => api.accessToken.list(),
    check: ({ value }) => expect(value).toEqual([]),
  },
  "accessToken.create": {
    // A token of the caller's own (left out of the snapshot); the owner's tokens are untouched.
    call: (api) => api.accessToken.create({ name: "stranger's script", expiresInDays: 7 }),
    check: ({ value }) => expect(value).toMatchObject({ name: "stranger's script", token: expect.any(String) }),
  },
  "calendarFeed.list": {
    call: (api) => api.calendarFeed.list(),
    check: ({ value }) => expect(value).toEqual([]),
  },
  "calendarFeed.create": {
    // A feed of the caller's own tasks (left out of the snapshot); the owner's feed is untouched.
    call: (api) => api.calendarFeed.create({}),
    check: ({ value }) =>
      expect(value).toMatchObject({ projectId: null, url: expect.stringContaining("/api/calendar/") }),
  },
  "invitation.list": {
    call: (api) => api.invitation.list(),
    check: ({ value }) => expect(value).toEqual([]),
  },
  "notification.list": {
    call: (api) => api.notification.list(),
    check: ({ value }) => expect(value).toEqual({ items: [], unread: 0, invitations: 0, nextCursor: null }),
  },
  "notification.markAllRead": {
    call: (api) => api.notification.markAllRead(),
    check: ({ value }) => expect(value).toEqual({ marked: 0 }),
  },
  "notification.preferences": {
    call: (api) => api.notification.preferences(),
    check: ({ value }) => expect(value).toEqual({ email: ["assigned", "mentioned"] }),
  },
  "notification.setPreferences": {
    call: (api) => api.notification.setPreferences({ email: [] }),
    check: ({ value }) => expect(value).toEqual({ email: [] }),
  },
  "conversation.list": {
    call: (api) => api.conversation.list(),
    check: ({ value }) => expect(value).toEqual([]),
  },
  "sync.changes": {
    // A stream of the caller's own, opened but not read: which rows a stream carries (and never carries)
    // is tests/integration/change-stream.test.ts's subject; reading needs the process's listener.
    call: (api) => api.sync.changes({}),
    check: ({ value }) =>
      expect(typeof value === "object" && value !== null && Symbol.asyncIterator in value).toBe(true),
  },
  "account.delete": {
    // The stranger has no password and signed in just now: their own account goes, nobody else's rows.
    call: (api) => api.account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION }),
    check: ({ value }) => expect(value).toEqual({ deleted: true }),
  },
};

async function settle(promise: Promise<unknown>): Promise<Settled> {
  let value: unknown;
  const code = await codeOf(
    promise.then((result) => {
      value = result;
    }),
  );
  return { code, value };
}

const procedures = Object.keys(appRouter._def.procedures);

/** A fresh owner and stranger (label names are unique per user), each with a project, labels and tasks. */
async function createWorld(): Promise<{ world: World; stranger: Session }> {
  const owner = await createSignedInUser(database.db);
  const stranger = await createSignedInUser(database.db);
  const ownerApi = callerFor(database.db, owner);
  const strangerApi = callerFor(database.db, stranger);
  const theirProject = await ownerApi.project.create({ name: "Secret plans", color: "red" });
  const theirLabel = await ownerApi.label.create({ name: "secret" });
  const theirSection = await ownerApi.section.create({ projectId: theirProject.id, name: "Secret section" });
  const theirTask = await ownerApi.task.create({
    title: "private",
    description: "mine",
    projectId: theirProject.id,
    sectionId: theirSection.id,
    labelIds: [theirLabel.id],
    dueDate: "2026-03-02",
    recurrence: { rrule: "FREQ=WEEKLY", from: "due" },
  });
  const theirSubtask = await ownerApi.task.create({ title: "private step", parentId: theirTask.id });
  const theirTrashedTask = await ownerApi.task.create({ title: "binned" });
  await ownerApi.task.delete({ id: theirTrashedTask.id });

  const ownProject = await strangerApi.project.create({ name: "Mine" });
  const ownSection = await strangerApi.section.create({ projectId: ownProject.id, name: "My section" });
  const ownLabel = await strangerApi.label.create({ name: "mine" });
  const ownOtherLabel = await strangerApi.label.create({ name: "also mine" });
  const ownTask = await strangerApi.task.create({ title: "stranger's", labelIds: [ownLabel.id] });
  const theirAccessToken = await ownerApi.accessToken.create({ name: "owner's script", expiresInDays: 365 });
  const theirConnectedApp = `client-${crypto.randomUUID()}`;
  await database.db.insert(oauthClient).values({ clientId: theirConnectedApp, redirectUris: ["http://127.0.0.1/cb"] });
  await database.db
    .insert(oauthConsent)
    .values({ clientId: theirConnectedApp, userId: owner.user.id, scopes: ["tasks:read"] });
  const theirReminder = await ownerApi.reminder.create({
    taskId: theirTask.id,
    absolute: new Date(Date.now() + 60_000),
  });
  const theirPushEndpoint = `https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`;
  await ownerApi.push.subscribe({ endpoint: theirPushEndpoint, keys: { p256dh: "AAAA", auth: "bbbb" } });
  const theirConversation = crypto.randomUUID();
  await ensureConversation(database.db, owner.user.id, theirConversation, "my plans");
  await saveMessages(database.db, owner.user.id, theirConversation, [
    { id: "q", role: "user", parts: [{ type: "text", text: "my plans" }] },
  ]);
  const theirInvitation = await ownerApi.project.invite({
    projectId: theirProject.id,
    email: `invitee-${crypto.randomUUID()}@example.test`,
    role: "editor",
  });
  const theirComment = await ownerApi.comment.create({ taskId: theirTask.id, body: "only for me" });
  const theirFilter = await ownerApi.filter.create({ name: "secret", query: "#Secret plans & today" });
  const ownFilter = await strangerApi.filter.create({ name: "mine", query: "p1" });
  const [theirNotification] = await database.db
    .insert(notification)
    .values({ userId: owner.user.id, kind: "assigned", taskId: theirTask.id, subject: "private" })
    .returning({ id: notification.id });
  if (!theirNotification) throw new Error("notification not created");
  const theirCalendarFeed = await ownerApi.calendarFeed.create({ projectId: theirProject.id });
  const world = {
    theirCalendarFeed: theirCalendarFeed.id,
    theirFilter: theirFilter.id,
    ownFilter: ownFilter.id,
    theirNotification: theirNotification.id,
    theirComment: theirComment.id,
    theirConversation,
    theirInvitation: theirInvitation.id,
    theirSession: owner.session.id,
    theirAccessToken: theirAccessToken.id,
    theirConnectedApp,
    theirReminder: theirReminder.id,
    theirPushEndpoint,
    theirTask: theirTask.id,
    theirSubtask: theirSubtask.id,
    theirTrashedTask: theirTrashedTask.id,
    theirProject: theirProject.id,
    theirSection: theirSection.id,
    theirLabel: theirLabel.id,
    ownTask: ownTask.id,
    ownProject: ownProject.id,
    ownSection: ownSection.id,
    ownLabel: ownLabel.id,
    ownOtherLabel: ownOtherLabel.id,
    ownUpdatedAt: ownTask.updatedAt,
    stranger: stranger.user.id,
  };
  return { world, stranger };
}

/**
 * Every row of every table the routers write, both users' (each file has its own database);
 * of access tokens, all but the ones a caller just made for itself.
 */
/** Every row the test can see, less the caller's own when `caller` is given (what "only their own rows" leaves alone). */
async function snapshot(caller?: string) {
  const db = database.db;
  const everything = {
    // Not updated_at: account.update (own row, same zone) touches it.
    users: await db
      .select({ id: user.id, name: user.name, email: user.email, timeZone: user.timeZone })
      .from(user)
      .orderBy(asc(user.id)),
    sessions: await db.select().from(session).orderBy(asc(session.id)),
    accounts: await db.select().from(account).orderBy(asc(account.id)),
    tasks: await db.select().from(task).orderBy(asc(task.id)),
    projects: await db.select().from(project).orderBy(asc(project.id)),
    sections: await db.select().from(section).orderBy(asc(section.id)),
    labels: await db.select().from(label).orderBy(asc(label.id)),
    taskLabels: await db.select().from(taskLabel).orderBy(asc(taskLabel.taskId), asc(taskLabel.labelId)),
    activity: await db.select().from(taskActivity).orderBy(asc(taskActivity.id)),
    accessTokens: await db.select().from(personalAccessToken).orderBy(asc(personalAccessToken.id)),
    reminders: await db.select().from(reminder).orderBy(asc(reminder.id)),
    conversations: await db.select().from(conversation).orderBy(asc(conversation.id)),
    conversationMessages: await db
      .select()
      .from(conversationMessage)
      .orderBy(asc(conversationMessage.conversationId), asc(conversationMessage.position)),
    consents: await db.select().from(oauthConsent).orderBy(asc(oauthConsent.id)),
    pushSubscriptions: await db.select().from(pushSubscription).orderBy(asc(pushSubscription.id)),
    comments: await db.select().from(comment).orderBy(asc(comment.id)),
    notifications: await db.select().from(notification).orderBy(asc(notification.id)),
    notificationPreferences: await db.select().from(notificationPreference).orderBy(asc(notificationPreference.userId)),
    calendarFeeds: await db.select().from(calendarFeed).orderBy(asc(calendarFeed.id)),
    savedFilters: await db.select().from(savedFilter).orderBy(asc(savedFilter.id)),
  };
  if (!caller) return everything;
  const others = <Row extends { userId: string | null }>(rows: Row[]) => rows.filter((row) => row.userId !== caller);
  const callersProjects = new Set(everything.projects.filter((row) => row.userId === caller).map((row) => row.id));
  const callersTasks = new Set(everything.tasks.filter((row) => row.userId === caller).map((row) => row.id));
  const callersConversations = new Set(
    everything.conversations.filter((row) => row.userId === caller).map((row) => row.id),
  );
  return {
    users: everything.users.filter((row) => row.id !== caller),
    sessions: others(everything.sessions),
    accounts: others(everything.accounts),
    tasks: others(everything.tasks),
    projects: others(everything.projects),
    sections: everything.sections.filter((row) => !callersProjects.has(row.projectId)),
    labels: others(everything.labels),
    taskLabels: everything.taskLabels.filter((row) => !callersTasks.has(row.taskId)),
    activity: others(everything.activity),
    accessTokens: others(everything.accessTokens),
    reminders: others(everything.reminders),
    conversations: others(everything.conversations),
    conversationMessages: everything.conversationMessages.filter(
      (row) => !callersConversations.has(row.conversationId),
    ),
    consents: others(everything.consents),
    pushSubscriptions: others(everything.pushSubscriptions),
    comments: everything.comments.filter((row) => row.authorId !== caller),
    notifications: others(everything.notifications),
    notificationPreferences: others(everything.notificationPreferences),
    calendarFeeds: others(everything.calendarFeeds),
    savedFilters: others(everything.savedFilters),
  };
}

describe("every router: access control", () => {
  it("covers every procedure of the app", () => {
    const covered = new Set([...Object.keys(CASES), ...Object.keys(OWN_ONLY)].map((name) => name.split(" ")[0]));
    expect(procedures.filter((path) => !covered.has(path))).toEqual([]);
    expect(procedures.filter((path) => path.startsWith("task.")).length).toBeGreaterThanOrEqual(10);
    expect(procedures.filter((path) => path.startsWith("project.")).length).toBeGreaterThanOrEqual(6);
    expect(procedures.filter((path) => path.startsWith("label.")).length).toBeGreaterThanOrEqual(5);
    expect(procedures.filter((path) => path.startsWith("section.")).length).toBeGreaterThanOrEqual(5);
    expect(procedures.filter((path) => path.startsWith("account.")).length).toBeGreaterThanOrEqual(4);
  });

  it.each(Object.entries(CASES))("%s: another user's row is NOT_FOUND and nothing is written", async (_name, call) => {
    const { world, stranger } = await createWorld();
    const before = await snapshot();

    const code = await codeOf(call(callerFor(database.db, stranger), world));

    expect(code).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it.each(Object.entries(OWN_ONLY))("%s: only the caller's own rows", async (_name, { call, check }) => {
    const { world, stranger } = await createWorld();
    const before = await snapshot(world.stranger);
    check(await settle(call(callerFor(database.db, stranger), world)), world);

    expect(await snapshot(world.stranger)).toEqual(before);
  });

  it.each(procedures)("%s is UNAUTHORIZED without a session", async (path) => {
    const anonymous = callerFor(database.db, null);
    const random = () => crypto.randomUUID();
    const ids: World = {
      theirTask: random(),
      theirSubtask: random(),
      theirTrashedTask: random(),
      theirProject: random(),
      theirSection: random(),
      theirLabel: random(),
      theirSession: random(),
      theirAccessToken: random(),
      theirCalendarFeed: random(),
      theirConnectedApp: random(),
      theirReminder: random(),
      theirPushEndpoint: `https://push.example.test/${random()}`,
      theirConversation: random(),
      theirInvitation: random(),
      theirComment: random(),
      theirNotification: random(),
      theirFilter: random(),
      ownFilter: random(),
      ownTask: random(),
      ownProject: random(),
      ownSection: random(),
      ownLabel: random(),
      ownOtherLabel: random(),
      ownUpdatedAt: new Date(),
      stranger: random(),
    };
    const call =
      Object.entries(CASES).find(([name]) => name.split(" ")[0] === path)?.[1] ??
      OWN_ONLY[path]?.call ??
      (() => {
        throw new Error(`no call for ${path}`);
      });
    const before = await snapshot();
    expect(await codeOf(call(anonymous, ids))).toBe("UNAUTHORIZED");
    expect(await snapshot()).toEqual(before);
  });
});
