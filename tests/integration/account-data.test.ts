import { eq, getTableColumns, getTableName, is, like, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { emailableKinds, notificationKinds } from "@/lib/notifications";
import { DELETE_ACCOUNT_CONFIRMATION, SIGN_IN_AGAIN_TO_DELETE } from "@/lib/schemas/account";
import type { Session } from "@/server/auth/auth";
import * as schema from "@/server/db/schema";
import {
  account,
  conversation,
  conversationMessage,
  emailOutbox,
  oauthAccessToken,
  oauthClient,
  oauthConsent,
  oauthRefreshToken,
  personalAccessToken,
  pushSubscription,
  rateLimit,
  reminderEmailCount,
  session as sessionTable,
  task,
  twoFactor,
  usedTotpCode,
  user,
} from "@/server/db/schema";
import { exportFileName } from "@/server/modules/account/export";
import { ensureConversation, saveMessages } from "@/server/modules/conversations/store";
import { consumeRateLimit, perMinute } from "@/server/rate-limit";
import { addPassword } from "~tests/factories/credentials";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf, failure, messagesOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

const PASSWORD = "correct horse battery";

const isoDate = z.iso.datetime({ offset: true });
const uuid = z.uuid();

/** The export's documented shape; `.strict()` everywhere, so a new (maybe secret) field fails here first. */
const exportSchema = z
  .object({
    format: z.literal("tasklane-export"),
    version: z.literal(1),
    exportedAt: isoDate,
    user: z
      .object({
        id: uuid,
        name: z.string(),
        email: z.string(),
        emailVerified: z.boolean(),
        image: z.string().nullable(),
        timeZone: z.string(),
        timeFormat: z.enum(["auto", "12h", "24h"]),
        twoFactorEnabled: z.boolean(),
        createdAt: isoDate,
        updatedAt: isoDate,
      })
      .strict(),
    projects: z.array(
      z
        .object({
          id: uuid,
          name: z.string(),
          color: z.string(),
          position: z.string(),
          role: z.enum(["owner", "editor", "viewer"]),
          layout: z.enum(["list", "board"]),
          collapsedSectionIds: z.array(uuid),
          archivedAt: isoDate.nullable(),
          createdAt: isoDate,
          updatedAt: isoDate,
        })
        .strict(),
    ),
    sections: z.array(
      z
        .object({
          id: uuid,
          projectId: uuid,
          name: z.string(),
          position: z.string(),
          createdAt: isoDate,
          updatedAt: isoDate,
        })
        .strict(),
    ),
    sentInvitations: z.array(
      z
        .object({
          id: uuid,
          projectId: uuid,
          email: z.string(),
          role: z.enum(["owner", "editor", "viewer"]),
          expiresAt: isoDate,
          createdAt: isoDate,
        })
        .strict(),
    ),
    labels: z.array(
      z.object({ id: uuid, name: z.string(), color: z.string(), createdAt: isoDate, updatedAt: isoDate }).strict(),
    ),
    savedFilters: z.array(
      z
        .object({
          id: uuid,
          name: z.string(),
          query: z.string(),
          color: z.string(),
          position: z.string(),
          createdAt: isoDate,
          updatedAt: isoDate,
        })
        .strict(),
    ),
    tasks: z.array(
      z
        .object({
          id: uuid,
          projectId: uuid.nullable(),
          sectionId: uuid.nullable(),
          parentId: uuid.nullable(),
          title: z.string(),
          description: z.string(),
          priority: z.number().int().min(1).max(4),
          dueDate: z.string().nullable(),
          dueTime: z.string().nullable(),
          deadline: z.string().nullable(),
          recurrence: z
            .object({
              rrule: z.string(),
              from: z.enum(["due", "completion"]),
              occurrencesCompleted: z.number(),
              exceptions: z.array(z.string()),
            })
            .strict()
            .nullable(),
          completedAt: isoDate.nullable(),
          position: z.string(),
          deleted: z.boolean(),
          deletedAt: isoDate.nullable(),
          labelIds: z.array(uuid),
          createdAt: isoDate,
          updatedAt: isoDate,
        })
        .strict(),
    ),
    taskActivity: z.array(
      z
        .object({
          id: z.number(),
          taskId: uuid,
          kind: z.string(),
          changes: z.record(z.string(), z.unknown()),
          createdAt: isoDate,
        })
        .strict(),
    ),
    reminders: z.array(
      z
        .object({
          id: uuid,
          taskId: uuid,
          kind: z.enum(["absolute", "relative"]),
          remindAt: isoDate.nullable(),
          minutesBefore: z.number().int().nullable(),
          nextAt: isoDate.nullable(),
          sentAt: isoDate.nullable(),
          lastSentAt: isoDate.nullable(),
          createdAt: isoDate,
        })
        .strict(),
    ),
    sessions: z.array(
      z
        .object({
          id: uuid,
          ipAddress: z.string().nullable(),
          userAgent: z.string().nullable(),
          createdAt: isoDate,
          lastActiveAt: isoDate,
          expiresAt: isoDate,
        })
        .strict(),
    ),
    accounts: z.array(z.object({ providerId: z.string(), createdAt: isoDate, updatedAt: isoDate }).strict()),
    apiAccess: z.array(
      z
        .object({
          id: uuid,
          name: z.string(),
          createdAt: isoDate,
          expiresAt: isoDate.nullable(),
          lastUsedAt: isoDate.nullable(),
        })
        .strict(),
    ),
    calendarFeeds: z.array(
      z
        .object({
          id: uuid,
          projectId: uuid.nullable(),
          lastCharacters: z.string(),
          createdAt: isoDate,
          lastUsedAt: isoDate.nullable(),
        })
        .strict(),
    ),
    connectedApps: z.array(
      z
        .object({ clientId: z.string(), name: z.string(), scopes: z.array(z.string()), createdAt: isoDate.nullable() })
        .strict(),
    ),
    pushSubscriptions: z.array(
      z
        .object({
          id: uuid,
          pushService: z.string(),
          userAgent: z.string().nullable(),
          createdAt: isoDate,
          lastSuccessAt: isoDate.nullable(),
        })
        .strict(),
    ),
    comments: z.array(
      z.object({ id: uuid, taskId: uuid, body: z.string(), createdAt: isoDate, updatedAt: isoDate }).strict(),
    ),
    notifications: z.array(
      z
        .object({
          id: uuid,
          kind: z.enum(notificationKinds),
          actorId: uuid.nullable(),
          projectId: uuid.nullable(),
          taskId: uuid.nullable(),
          commentId: uuid.nullable(),
          subject: z.string(),
          excerpt: z.string().nullable(),
          readAt: isoDate.nullable(),
          createdAt: isoDate,
        })
        .strict(),
    ),
    notificationEmail: z.array(z.enum(emailableKinds)),
    assistantConversations: z.array(
      z
        .object({
          id: uuid,
          title: z.string(),
          createdAt: isoDate,
          updatedAt: isoDate,
          messages: z.array(
            z
              .object({
                id: z.string(),
                role: z.enum(["system", "user", "assistant"]),
                parts: z.array(z.unknown()),
                createdAt: isoDate,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

const SECRET_KEY = /password|token|secret|hash/i;

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

/** A user with a password, a project, labels, a repeating task with a labelled subtask, a trashed task. */
async function createOwner() {
  const owner = await createSignedInUser(database.db, { name: "Owner" });
  await addPassword(database.db, owner.user.id, PASSWORD);
  const api = callerFor(database.db, owner);
  const project = await api.project.create({ name: "Home", color: "green" });
  const label = await api.label.create({ name: "errand" });
  const filter = await api.filter.create({ name: "Errands", query: "@errand & !no date", color: "orange" });
  const invitation = await api.project.invite({ projectId: project.id, email: "friend@example.test", role: "editor" });
  const section = await api.section.create({ projectId: project.id, name: "Weekly" });
  await api.section.setCollapsed({ id: section.id, collapsed: true });
  const parent = await api.task.create({
    title: "Groceries",
    projectId: project.id,
    sectionId: section.id,
    labelIds: [label.id],
    dueDate: "2026-03-02",
    deadline: "2026-04-30",
    recurrence: { rrule: "FREQ=WEEKLY", from: "due" },
  });
  const subtask = await api.task.create({ title: "Milk", parentId: parent.id, labelIds: [label.id] });
  const trashed = await api.task.create({ title: "Old idea" });
  await api.task.delete({ id: trashed.id });
  await api.task.setCompleted({ id: subtask.id, completed: true });
  const accessToken = await api.accessToken.create({ name: "backup script", expiresInDays: 365 });
  // A calendar feed: listed by scope and last characters (its address is a secret shown once); deleted with the account.
  const calendarFeed = await api.calendarFeed.create({});
  const reminder = await api.reminder.create({ taskId: parent.id, minutesBefore: 60 });
  await api.comment.create({ taskId: parent.id, body: "Oat milk this time" });
  // Told of a task assigned to them (as a member of someone's project would be), and mail for comments only.
  await database.db
    .insert(schema.notification)
    .values({ userId: owner.user.id, kind: "assigned", taskId: parent.id, subject: "Groceries" });
  await api.notification.setPreferences({ email: ["commented"] });
  await api.push.subscribe({
    endpoint: `https://fcm.googleapis.com/fcm/send/${owner.user.id}`,
    keys: { p256dh: "BKey", auth: "authKey" },
  });
  // Today's count of reminder emails, as the cron keeps it.
  await database.db.insert(reminderEmailCount).values({ userId: owner.user.id, day: "2026-01-05", sent: 1 });
  // Two-factor rows as the plugin writes them (their flows are tested over HTTP).
  await database.db.insert(twoFactor).values({ userId: owner.user.id, secret: "encrypted", backupCodes: "[]" });
  await database.db
    .insert(usedTotpCode)
    .values({ userId: owner.user.id, codeHash: "0".repeat(64), expiresAt: new Date(Date.now() + 90_000) });
  // A chat with the assistant, stored as its route stores one.
  const conversationId = crypto.randomUUID();
  await ensureConversation(database.db, owner.user.id, conversationId, "What is due today?");
  await saveMessages(database.db, owner.user.id, conversationId, [
    { id: "m1", role: "user", parts: [{ type: "text", text: "What is due today?" }] },
    { id: "m2", role: "assistant", parts: [{ type: "text", text: "Groceries." }] },
  ]);
  // An MCP client the user registered and allowed, with its tokens, as the OAuth provider plugin writes them.
  const clientId = `client-${owner.user.id}`;
  await database.db
    .insert(oauthClient)
    .values({ clientId, userId: owner.user.id, redirectUris: ["http://127.0.0.1/cb"] });
  await database.db.insert(oauthConsent).values({ clientId, userId: owner.user.id, scopes: ["tasks:read"] });
  const expiresAt = new Date(Date.now() + 3_600_000);
  const [refresh] = await database.db
    .insert(oauthRefreshToken)
    .values({ clientId, userId: owner.user.id, token: `r-${clientId}`, scopes: ["tasks:read"], expiresAt })
    .returning();
  await database.db.insert(oauthAccessToken).values({
    clientId,
    userId: owner.user.id,
    token: `a-${clientId}`,
    scopes: ["tasks:read"],
    refreshId: refresh?.id,
    expiresAt,
  });
  return {
    session: owner,
    api,
    project,
    invitation,
    section,
    label,
    filter,
    parent,
    subtask,
    trashed,
    reminder,
    conversationId,
    accessTokenId: accessToken.id,
    calendarFeedId: calendarFeed.id,
    calendarFeedUrl: calendarFeed.url,
  };
}

/** Tables of the schema holding a user's rows: `user` by id, every other by its user_id column. */
const userTables = Object.values(schema).flatMap((value) => {
  if (!is(value, PgTable)) return [];
  const columns = Object.values(getTableColumns(value));
  const column =
    getTableName(value) === "user" ? columns.find((c) => c.name === "id") : columns.find((c) => c.name === "user_id");
  return column ? [{ name: getTableName(value), table: value, column }] : [];
});

async function rowsOfUser(userId: string) {
  const counts: Record<string, number> = {};
  for (const { name, table, column } of userTables) {
    const [row] = await database.db.select({ count: sql<number>`count(*)::int` }).from(table).where(eq(column, userId));
    counts[name] = row?.count ?? -1;
  }
  return counts;
}

describe("account.export", () => {
  it("names the download by the user's own date, not the server's", () => {
    const justAfterMidnightInAuckland = "2026-12-05T11:30:00.000Z";
    expect(exportFileName(justAfterMidnightInAuckland, "Pacific/Auckland")).toBe("tasklane-export-2026-12-06.json");
    expect(exportFileName(justAfterMidnightInAuckland, "America/Los_Angeles")).toBe("tasklane-export-2026-12-05.json");
  });

  it("has the user's own rows, in the documented shape, and none of another user's", async () => {
    const owner = await createOwner();
    const stranger = await createOwner();

    const data = exportSchema.parse(await owner.api.account.export());

    expect(data.user).toMatchObject({ id: owner.session.user.id, name: "Owner", email: owner.session.user.email });
    expect(data.projects.map((p) => p.id)).toEqual([owner.project.id]);
    expect(data.projects[0]).toMatchObject({ layout: "list", collapsedSectionIds: [owner.section.id] });
    expect(data.sections).toEqual([
      expect.objectContaining({ id: owner.section.id, projectId: owner.project.id, name: "Weekly" }),
    ]);
    expect(data.comments.map((said) => said.body)).toEqual(["Oat milk this time"]);
    expect(data.notifications).toEqual([
      expect.objectContaining({ kind: "assigned", taskId: owner.parent.id, subject: "Groceries", readAt: null }),
    ]);
    expect(data.notificationEmail).toEqual(["commented"]);
    expect(data.sentInvitations).toEqual([
      expect.objectContaining({
        id: owner.invitation.id,
        projectId: owner.project.id,
        email: "friend@example.test",
        role: "editor",
      }),
    ]);
    expect(data.labels.map((l) => l.id)).toEqual([owner.label.id]);
    expect(data.savedFilters).toEqual([
      expect.objectContaining({ id: owner.filter.id, name: "Errands", query: "@errand & !no date", color: "orange" }),
    ]);
    expect(data.tasks.map((t) => t.id).sort()).toEqual([owner.parent.id, owner.subtask.id, owner.trashed.id].sort());
    const byId = new Map(data.tasks.map((t) => [t.id, t]));
    expect(byId.get(owner.parent.id)).toMatchObject({
      projectId: owner.project.id,
      sectionId: owner.section.id,
      labelIds: [owner.label.id],
      recurrence: { rrule: "FREQ=WEEKLY", from: "due", occurrencesCompleted: 0, exceptions: [] },
      deadline: "2026-04-30",
      deleted: false,
    });
    expect(byId.get(owner.subtask.id)).toMatchObject({
      parentId: owner.parent.id,
      sectionId: owner.section.id,
      labelIds: [owner.label.id],
      deadline: null,
    });
    expect(byId.get(owner.subtask.id)?.completedAt).not.toBeNull();
    expect(byId.get(owner.trashed.id)).toMatchObject({ deleted: true });
    expect(data.taskActivity.length).toBeGreaterThanOrEqual(4);
    expect(new Set(data.taskActivity.map((a) => a.taskId))).toEqual(new Set(byId.keys()));
    expect(data.reminders).toEqual([
      expect.objectContaining({ id: owner.reminder.id, taskId: owner.parent.id, kind: "relative", minutesBefore: 60 }),
    ]);
    expect(data.sessions.map((s) => s.id)).toEqual([owner.session.session.id]);
    expect(data.accounts).toEqual([expect.objectContaining({ providerId: "credential" })]);
    expect(data.apiAccess).toEqual([
      expect.objectContaining({ id: owner.accessTokenId, name: "backup script", lastUsedAt: null }),
    ]);
    expect(data.calendarFeeds).toEqual([
      expect.objectContaining({ id: owner.calendarFeedId, projectId: null, lastUsedAt: null }),
    ]);
    expect(JSON.stringify(data)).not.toContain(owner.calendarFeedUrl.split("/").at(-1)?.replace(".ics", ""));
    expect(data.connectedApps).toEqual([
      expect.objectContaining({ clientId: `client-${owner.session.user.id}`, scopes: ["tasks:read"] }),
    ]);
    expect(data.pushSubscriptions).toEqual([expect.objectContaining({ pushService: "fcm.googleapis.com" })]);
    expect(data.assistantConversations).toEqual([
      expect.objectContaining({
        id: owner.conversationId,
        title: "What is due today?",
        messages: [
          expect.objectContaining({ id: "m1", role: "user", parts: [{ type: "text", text: "What is due today?" }] }),
          expect.objectContaining({ id: "m2", role: "assistant", parts: [{ type: "text", text: "Groceries." }] }),
        ],
      }),
    ]);

    const text = JSON.stringify(data);
    for (const id of [
      stranger.session.user.id,
      stranger.project.id,
      stranger.label.id,
      stranger.parent.id,
      stranger.conversationId,
      stranger.invitation.id,
    ]) {
      expect(text).not.toContain(id);
    }
    expect(text).not.toContain(stranger.session.user.email);
  });

  it("holds no password hash, token or secret, under any key or as any value", async () => {
    const owner = await createOwner();
    const raw = await owner.api.account.export();

    expect(keysOf(raw).filter((key) => SECRET_KEY.test(key))).toEqual([]);
    const [credential] = await database.db.select().from(account).where(eq(account.userId, owner.session.user.id));
    const text = JSON.stringify(raw);
    expect(credential?.password).toBeTruthy();
    expect(text).not.toContain(credential?.password ?? "missing");
    expect(text).not.toContain(owner.session.session.token);
    const [subscription] = await database.db
      .select()
      .from(pushSubscription)
      .where(eq(pushSubscription.userId, owner.session.user.id));
    for (const browserSecret of [subscription?.endpoint, subscription?.p256dh, subscription?.auth]) {
      expect(browserSecret).toBeTruthy();
      expect(text).not.toContain(browserSecret);
    }
    const [apiToken] = await database.db
      .select()
      .from(personalAccessToken)
      .where(eq(personalAccessToken.userId, owner.session.user.id));
    expect(text).not.toContain(apiToken?.tokenHash ?? "missing");
    expect(text).not.toContain(`a-client-${owner.session.user.id}`);
  });

  it("is UNAUTHORIZED without a session", async () => {
    expect(await codeOf(callerFor(database.db, null).account.export())).toBe("UNAUTHORIZED");
  });
});

describe("account.delete", () => {
  it("finds the tables to check: every table with a user_id, and user", () => {
    expect(userTables.map((t) => t.name).sort()).toEqual(
      expect.arrayContaining([
        "account",
        "conversation",
        "label",
        "project",
        "session",
        "task",
        "task_activity",
        "task_label",
        "user",
      ]),
    );
  });

  it("refuses a wrong password with BAD_REQUEST and deletes nothing", async () => {
    const owner = await createOwner();
    const before = await rowsOfUser(owner.session.user.id);

    const error = await failure(
      owner.api.account.delete({ password: "not the password", confirmation: DELETE_ACCOUNT_CONFIRMATION }),
    );

    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("That password is not right.");
    expect(await rowsOfUser(owner.session.user.id)).toEqual(before);
  });

  it.each(["", "Delete my account", "delete my account.", " delete my account", "yes"])(
    "refuses the confirmation %j with a field error and deletes nothing",
    async (confirmation) => {
      const owner = await createOwner();
      const before = await rowsOfUser(owner.session.user.id);

      const error = await failure(owner.api.account.delete({ password: PASSWORD, confirmation }));

      expect(error.code).toBe("BAD_REQUEST");
      expect(messagesOf(error)).toMatch(/confirmation/);
      expect(messagesOf(error)).toContain(DELETE_ACCOUNT_CONFIRMATION);
      expect(await rowsOfUser(owner.session.user.id)).toEqual(before);
    },
  );

  it("refuses an account with a password when none is given", async () => {
    const owner = await createOwner();
    const before = await rowsOfUser(owner.session.user.id);

    const error = await failure(owner.api.account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION }));

    expect(error.message).toBe("That password is not right.");
    expect(await rowsOfUser(owner.session.user.id)).toEqual(before);
  });

  it("deletes an account without a password from a sign-in of the last 15 minutes", async () => {
    const passwordless: Session = await createSignedInUser(database.db);
    const api = callerFor(database.db, passwordless);

    expect(await api.account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION })).toEqual({ deleted: true });
    expect((await rowsOfUser(passwordless.user.id)).user).toBe(0);
  });

  it("asks an account without a password to sign in again when its session is older, and deletes nothing", async () => {
    const passwordless: Session = await createSignedInUser(database.db);
    const signedInAt = new Date(Date.now() - 16 * 60 * 1000);
    await database.db
      .update(sessionTable)
      .set({ createdAt: signedInAt })
      .where(eq(sessionTable.id, passwordless.session.id));
    const api = callerFor(database.db, {
      ...passwordless,
      session: { ...passwordless.session, createdAt: signedInAt },
    });

    const error = await failure(api.account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION }));

    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(SIGN_IN_AGAIN_TO_DELETE);
    expect((await rowsOfUser(passwordless.user.id)).user).toBe(1);
  });

  it("with the password and the confirmation, leaves no row of the user in any table, and others' untouched", async () => {
    const owner = await createOwner();
    const stranger = await createOwner();
    const strangerBefore = await rowsOfUser(stranger.session.user.id);
    const strangerExport = await stranger.api.account.export();
    const before = await rowsOfUser(owner.session.user.id);
    expect(Object.values(before).every((count) => count > 0)).toBe(true);

    expect(await owner.api.account.delete({ password: PASSWORD, confirmation: DELETE_ACCOUNT_CONFIRMATION })).toEqual({
      deleted: true,
    });

    const after = await rowsOfUser(owner.session.user.id);
    expect(after).toEqual(Object.fromEntries(Object.keys(before).map((name) => [name, 0])));
    expect(await database.db.select().from(task).where(eq(task.userId, owner.session.user.id))).toEqual([]);
    // Messages have no user_id of their own: they go with their conversation.
    const chatMessages = (conversationId: string) =>
      database.db.select().from(conversationMessage).where(eq(conversationMessage.conversationId, conversationId));
    expect(await chatMessages(owner.conversationId)).toEqual([]);
    expect(await chatMessages(stranger.conversationId)).toHaveLength(2);
    expect(await database.db.select().from(conversation).where(eq(conversation.id, owner.conversationId))).toEqual([]);
    expect(await rowsOfUser(stranger.session.user.id)).toEqual(strangerBefore);
    expect({ ...(await stranger.api.account.export()), exportedAt: "" }).toEqual({ ...strangerExport, exportedAt: "" });
  });

  it("ends every session of the user", async () => {
    const owner = await createOwner();
    await database.db.insert(sessionTable).values({
      userId: owner.session.user.id,
      token: `second-${crypto.randomUUID()}`,
      expiresAt: new Date(Date.now() + 60_000),
    });

    await owner.api.account.delete({ password: PASSWORD, confirmation: DELETE_ACCOUNT_CONFIRMATION });

    expect(await database.db.select().from(sessionTable).where(eq(sessionTable.userId, owner.session.user.id))).toEqual(
      [],
    );
    expect(await database.db.select().from(user).where(eq(user.id, owner.session.user.id))).toEqual([]);
  });

  it("deletes the mail kept for the user's address and the counters of their requests, not others'", async () => {
    const owner = await createOwner();
    const stranger = await createOwner();
    const mail = (to: string) => ({ to, subject: "Sign in to Tasklane", text: "https://x.test/?token=t", html: "" });
    await database.db
      .insert(emailOutbox)
      .values([
        mail(owner.session.user.email),
        mail(owner.session.user.email.toUpperCase()),
        mail(stranger.session.user.email),
      ]);
    for (const who of [owner, stranger]) {
      await consumeRateLimit(database.db, { kind: "assistant-user", userId: who.session.user.id }, perMinute(10));
    }
    const counters = async (userId: string) =>
      (
        await database.db
          .select()
          .from(rateLimit)
          .where(like(rateLimit.key, `%${userId}%`))
      ).length;
    const kept = async (to: string) =>
      (await database.db.select().from(emailOutbox).where(sql`lower(${emailOutbox.to}) = lower(${to})`)).length;
    // The assistant's counter and that of the invitation createOwner sent.
    expect(await counters(owner.session.user.id)).toBe(2);

    await owner.api.account.delete({ password: PASSWORD, confirmation: DELETE_ACCOUNT_CONFIRMATION });

    expect(await kept(owner.session.user.email)).toBe(0);
    expect(await counters(owner.session.user.id)).toBe(0);
    expect(await kept(stranger.session.user.email)).toBe(1);
    expect(await counters(stranger.session.user.id)).toBe(2);
  });

  it("is UNAUTHORIZED without a session", async () => {
    const attempt = callerFor(database.db, null).account.delete({
      password: PASSWORD,
      confirmation: DELETE_ACCOUNT_CONFIRMATION,
    });
    expect(await codeOf(attempt)).toBe("UNAUTHORIZED");
  });
});
