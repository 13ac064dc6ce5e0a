import "server-only";
import { asc, eq, getTableColumns, sql } from "drizzle-orm";
import { calendarDateIn } from "@/lib/dates";
import type { Database } from "@/server/db";
import { qualified } from "@/server/db/qualified";
import {
  account,
  calendarFeed,
  comment,
  conversation,
  conversationMessage,
  label,
  notification,
  oauthClient,
  oauthConsent,
  personalAccessToken,
  project,
  projectInvitation,
  projectMember,
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
import { conversationSummaryColumns } from "@/server/modules/conversations/queries";
import { emailPreferences } from "@/server/modules/notifications/queries";

export const EXPORT_FORMAT = "tasklane-export";
export const EXPORT_VERSION = 1;

/** The download's name, dated by the user's own calendar (an export at 00:30 in Auckland is that day's). */
export function exportFileName(exportedAt: string, timeZone: string): string {
  return `${EXPORT_FORMAT}-${calendarDateIn(new Date(exportedAt), timeZone)}.json`;
}

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => value?.toISOString() ?? null;

/**
 * Everything the user owns, as plain JSON (dates as ISO strings): the same document for the
 * `account.export` procedure and the download route. Secrets never leave: no password hash, no session,
 * API or OAuth token (tokens are listed by name and dates only), no push keys. Read in one repeatable-read
 * transaction, so the parts agree.
 */
export async function exportAccountData(db: Database, userId: string) {
  return db.transaction(
    async (tx) => {
      const [profile] = await tx
        .select({
          id: user.id,
          name: user.name,
          email: user.email,
          emailVerified: user.emailVerified,
          image: user.image,
          timeZone: user.timeZone,
          timeFormat: user.timeFormat,
          twoFactorEnabled: user.twoFactorEnabled,
          createdAt: user.createdAt,
          updatedAt: user.updatedAt,
        })
        .from(user)
        .where(eq(user.id, userId));
      if (!profile) return null;

      // Every project they are in, with their role, their place in the sidebar and how they look at it.
      const projects = await tx
        .select({
          ...getTableColumns(project),
          role: projectMember.role,
          position: projectMember.position,
          layout: projectMember.layout,
          collapsedSectionIds: projectMember.collapsedSectionIds,
        })
        .from(projectMember)
        .innerJoin(project, eq(project.id, projectMember.projectId))
        .where(eq(projectMember.userId, userId))
        .orderBy(asc(projectMember.position));
      // The sections of those projects, in order.
      const sections = await tx
        .select({
          id: section.id,
          projectId: section.projectId,
          name: section.name,
          position: section.position,
          createdAt: section.createdAt,
          updatedAt: section.updatedAt,
        })
        .from(section)
        .innerJoin(projectMember, eq(projectMember.projectId, section.projectId))
        .where(eq(projectMember.userId, userId))
        .orderBy(asc(section.projectId), asc(section.position));
      // Invitations they sent that are still pending; never the token's hash.
      const sentInvitations = await tx
        .select({
          id: projectInvitation.id,
          projectId: projectInvitation.projectId,
          email: projectInvitation.email,
          role: projectInvitation.role,
          expiresAt: projectInvitation.expiresAt,
          createdAt: projectInvitation.createdAt,
        })
        .from(projectInvitation)
        .where(eq(projectInvitation.invitedBy, userId))
        .orderBy(asc(projectInvitation.createdAt), asc(projectInvitation.id));
      const labels = await tx.select().from(label).where(eq(label.userId, userId)).orderBy(asc(label.name));
      const savedFilters = await tx
        .select()
        .from(savedFilter)
        .where(eq(savedFilter.userId, userId))
        .orderBy(asc(savedFilter.position), asc(savedFilter.id));
      const tasks = await tx
        .select({
          id: task.id,
          projectId: task.projectId,
          sectionId: task.sectionId,
          parentId: task.parentId,
          title: task.title,
          description: task.description,
          priority: task.priority,
          dueDate: task.dueDate,
          dueTime: task.dueTime,
          deadline: task.deadline,
          recurrenceRule: task.recurrenceRule,
          recurrenceFrom: task.recurrenceFrom,
          occurrencesCompleted: task.occurrencesCompleted,
          recurrenceExceptions: task.recurrenceExceptions,
          completedAt: task.completedAt,
          position: task.position,
          deletedAt: task.deletedAt,
          createdAt: task.createdAt,
          updatedAt: task.updatedAt,
          labelIds: sql<string[]>`coalesce(
            (select json_agg(${taskLabel.labelId} order by ${taskLabel.labelId}) from ${taskLabel}
             where ${taskLabel.taskId} = ${qualified(task.id)}), '[]'::json)`,
        })
        .from(task)
        .where(eq(task.userId, userId))
        .orderBy(asc(task.createdAt), asc(task.id));
      const activity = await tx
        .select({
          id: taskActivity.id,
          taskId: taskActivity.taskId,
          kind: taskActivity.kind,
          changes: taskActivity.changes,
          createdAt: taskActivity.createdAt,
        })
        .from(taskActivity)
        .where(eq(taskActivity.userId, userId))
        .orderBy(asc(taskActivity.id));
      const reminders = await tx
        .select({
          id: reminder.id,
          taskId: reminder.taskId,
          kind: reminder.kind,
          remindAt: reminder.remindAt,
          minutesBefore: reminder.minutesBefore,
          nextAt: reminder.nextAt,
          sentAt: reminder.sentAt,
          lastSentAt: reminder.lastSentAt,
          createdAt: reminder.createdAt,
        })
        .from(reminder)
        .where(eq(reminder.userId, userId))
        .orderBy(asc(reminder.createdAt), asc(reminder.id));
      // What they said, on any task (their own or a shared project's).
      const comments = await tx
        .select({
          id: comment.id,
          taskId: comment.taskId,
          body: comment.body,
          createdAt: comment.createdAt,
          updatedAt: comment.updatedAt,
        })
        .from(comment)
        .where(eq(comment.authorId, userId))
        .orderBy(asc(comment.createdAt), asc(comment.id));
      const notifications = await tx
        .select({
          id: notification.id,
          kind: notification.kind,
          actorId: notification.actorId,
          projectId: notification.projectId,
          taskId: notification.taskId,
          commentId: notification.commentId,
          subject: notification.subject,
          excerpt: notification.excerpt,
          readAt: notification.readAt,
          createdAt: notification.createdAt,
        })
        .from(notification)
        .where(eq(notification.userId, userId))
        .orderBy(asc(notification.createdAt), asc(notification.id));
      const notificationEmail = await emailPreferences(tx, userId);
      const conversations = await tx
        .select(conversationSummaryColumns)
        .from(conversation)
        .where(eq(conversation.userId, userId))
        .orderBy(asc(conversation.createdAt), asc(conversation.id));
      const messages = await tx
        .select({
          conversationId: conversationMessage.conversationId,
          id: conversationMessage.id,
          role: conversationMessage.role,
          parts: conversationMessage.parts,
          createdAt: conversationMessage.createdAt,
        })
        .from(conversationMessage)
        .innerJoin(conversation, eq(conversation.id, conversationMessage.conversationId))
        .where(eq(conversation.userId, userId))
        .orderBy(asc(conversationMessage.conversationId), asc(conversationMessage.position));
      const sessions = await tx
        .select({
          id: session.id,
          ipAddress: session.ipAddress,
          userAgent: session.userAgent,
          createdAt: session.createdAt,
          updatedAt: session.updatedAt,
          expiresAt: session.expiresAt,
        })
        .from(session)
        .where(eq(session.userId, userId))
        .orderBy(asc(session.createdAt));
      const accounts = await tx
        .select({ providerId: account.providerId, createdAt: account.createdAt, updatedAt: account.updatedAt })
        .from(account)
        .where(eq(account.userId, userId))
        .orderBy(asc(account.createdAt));
      const apiAccess = await tx
        .select({
          id: personalAccessToken.id,
          name: personalAccessToken.name,
          createdAt: personalAccessToken.createdAt,
          expiresAt: personalAccessToken.expiresAt,
          lastUsedAt: personalAccessToken.lastUsedAt,
        })
        .from(personalAccessToken)
        .where(eq(personalAccessToken.userId, userId))
        .orderBy(asc(personalAccessToken.createdAt), asc(personalAccessToken.id));
      const calendarFeeds = await tx
        .select({
          id: calendarFeed.id,
          projectId: calendarFeed.projectId,
          lastCharacters: calendarFeed.lastCharacters,
          createdAt: calendarFeed.createdAt,
          lastUsedAt: calendarFeed.lastUsedAt,
        })
        .from(calendarFeed)
        .where(eq(calendarFeed.userId, userId))
        .orderBy(asc(calendarFeed.createdAt), asc(calendarFeed.id));
      const connectedApps = await tx
        .select({
          clientId: oauthConsent.clientId,
          name: oauthClient.name,
          scopes: oauthConsent.scopes,
          createdAt: oauthConsent.createdAt,
        })
        .from(oauthConsent)
        .innerJoin(oauthClient, eq(oauthClient.clientId, oauthConsent.clientId))
        .where(eq(oauthConsent.userId, userId))
        .orderBy(asc(oauthConsent.createdAt), asc(oauthConsent.id));
      const pushSubscriptions = await tx
        .select({
          id: pushSubscription.id,
          endpoint: pushSubscription.endpoint,
          userAgent: pushSubscription.userAgent,
          createdAt: pushSubscription.createdAt,
          lastSuccessAt: pushSubscription.lastSuccessAt,
        })
        .from(pushSubscription)
        .where(eq(pushSubscription.userId, userId))
        .orderBy(asc(pushSubscription.createdAt), asc(pushSubscription.id));

      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date().toISOString(),
        user: { ...profile, createdAt: iso(profile.createdAt), updatedAt: iso(profile.updatedAt) },
        projects: projects.map(({ userId: _owner, ...row }) => ({
          ...row,
          archivedAt: isoOrNull(row.archivedAt),
          createdAt: iso(row.createdAt),
          updatedAt: iso(row.updatedAt),
        })),
        /** The sections of the user's projects. */
        sections: sections.map((row) => ({ ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) })),
        /** Invitations into projects the user sent, still pending. */
        sentInvitations: sentInvitations.map((row) => ({
          ...row,
          expiresAt: iso(row.expiresAt),
          createdAt: iso(row.createdAt),
        })),
        labels: labels.map(({ userId: _owner, ...row }) => ({
          ...row,
          createdAt: iso(row.createdAt),
          updatedAt: iso(row.updatedAt),
        })),
        /** Saved filters (issue #19), in sidebar order. */
        savedFilters: savedFilters.map(({ userId: _owner, ...row }) => ({
          ...row,
          createdAt: iso(row.createdAt),
          updatedAt: iso(row.updatedAt),
        })),
        tasks: tasks.map(({ recurrenceRule, recurrenceFrom, occurrencesCompleted, recurrenceExceptions, ...row }) => ({
          ...row,
          recurrence:
            recurrenceRule && recurrenceFrom
              ? // `exceptions`: dates moved out of the series on their own (each is a task of its own).
                { rrule: recurrenceRule, from: recurrenceFrom, occurrencesCompleted, exceptions: recurrenceExceptions }
              : null,
          completedAt: isoOrNull(row.completedAt),
          /** In the trash (`deletedAt` says since when). */
          deleted: row.deletedAt !== null,
          deletedAt: isoOrNull(row.deletedAt),
          createdAt: iso(row.createdAt),
          updatedAt: iso(row.updatedAt),
        })),
        taskActivity: activity.map((row) => ({ ...row, createdAt: iso(row.createdAt) })),
        reminders: reminders.map((row) => ({
          ...row,
          remindAt: isoOrNull(row.remindAt),
          nextAt: isoOrNull(row.nextAt),
          sentAt: isoOrNull(row.sentAt),
          lastSentAt: isoOrNull(row.lastSentAt),
          createdAt: iso(row.createdAt),
        })),
        /** Comments the user wrote, on their tasks or in shared projects. */
        comments: comments.map((row) => ({ ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) })),
        /** The user's notifications (what others did that concerned them), and which kinds come by email. */
        notifications: notifications.map((row) => ({
          ...row,
          readAt: isoOrNull(row.readAt),
          createdAt: iso(row.createdAt),
        })),
        notificationEmail: notificationEmail.email,
        /** Chats with the AI assistant; each message's `parts` as the AI SDK stores them. */
        assistantConversations: conversations.map((row) => ({
          ...row,
          createdAt: iso(row.createdAt),
          updatedAt: iso(row.updatedAt),
          messages: messages
            .filter((message) => message.conversationId === row.id)
            .map(({ conversationId: _conversation, ...message }) => ({
              ...message,
              createdAt: iso(message.createdAt),
            })),
        })),
        /** Where the user is signed in; `lastActiveAt` is when the session was last refreshed. */
        sessions: sessions.map(({ updatedAt, ...row }) => ({
          ...row,
          createdAt: iso(row.createdAt),
          lastActiveAt: iso(updatedAt),
          expiresAt: iso(row.expiresAt),
        })),
        accounts: accounts.map((row) => ({ ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) })),
        /** Personal access tokens by name and dates; the token is never stored and its hash never leaves. */
        apiAccess: apiAccess.map((row) => ({
          ...row,
          createdAt: iso(row.createdAt),
          expiresAt: isoOrNull(row.expiresAt),
          lastUsedAt: isoOrNull(row.lastUsedAt),
        })),
        /** Calendar feeds by scope (null: all tasks) and their address's last characters; never the address. */
        calendarFeeds: calendarFeeds.map((row) => ({
          ...row,
          createdAt: iso(row.createdAt),
          lastUsedAt: isoOrNull(row.lastUsedAt),
        })),
        /** Apps (MCP clients) the user allowed, with the scopes they were granted. */
        connectedApps: connectedApps.map(({ clientId, name, ...row }) => ({
          ...row,
          clientId,
          name: name ?? clientId,
          createdAt: isoOrNull(row.createdAt),
        })),
        /**
         * Browsers that get reminders as notifications, by their push service's host only: the endpoint's
         * path addresses that one browser (a capability), and the encryption keys are the browser's.
         */
        pushSubscriptions: pushSubscriptions.map(({ endpoint, ...row }) => ({
          ...row,
          pushService: new URL(endpoint).host,
          createdAt: iso(row.createdAt),
          lastSuccessAt: isoOrNull(row.lastSuccessAt),
        })),
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;
