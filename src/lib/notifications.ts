import { taskPath } from "@/lib/task-url";

/**
 * What the in-app notification inbox tells people (issue #17 item 6), shared by the server that writes
 * notifications and the screens that show them and let people choose which also come by email.
 */
export const notificationKinds = ["invited", "joined", "assigned", "mentioned", "commented", "completed"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * The kinds one may also get by email. An invitation always comes by email already (its link is how it is
 * accepted), so it is not a choice.
 */
export const emailableKinds = ["joined", "assigned", "mentioned", "commented", "completed"] as const;
export type EmailableKind = (typeof emailableKinds)[number];

/** What a new account gets by email until it chooses: what is addressed to them by name. */
export const DEFAULT_EMAIL_KINDS: readonly EmailableKind[] = ["assigned", "mentioned"];

/** Settings' words for each choice. */
export const emailKindLabels: Record<EmailableKind, string> = {
  assigned: "Someone assigns me a task",
  mentioned: "Someone mentions me in a comment",
  commented: "Someone comments on a task I created or am assigned",
  completed: "A task I assigned is completed",
  joined: "Someone joins a project I own",
};

/** The newest notifications one read returns; older ones page in with `cursor`. */
export const NOTIFICATION_PAGE_SIZE = 30;

/** One notification in words (the inbox's line and the email's subject): who did what to which. */
export function describeNotification(kind: NotificationKind, actorName: string, subject: string): string {
  const named = `“${subject}”`;
  switch (kind) {
    case "invited":
      return `${actorName} invited you to ${named}`;
    case "joined":
      return `${actorName} joined ${named}`;
    case "assigned":
      return `${actorName} assigned you ${named}`;
    case "mentioned":
      return `${actorName} mentioned you on ${named}`;
    case "commented":
      return `${actorName} commented on ${named}`;
    case "completed":
      return `${actorName} completed ${named}`;
  }
}

/** Where a notification leads in the app: its task, else its project, else the Inbox (invitations show beside it). */
export function notificationPath(item: { kind: NotificationKind; taskId: string | null; projectId: string | null }) {
  if (item.taskId) return taskPath(item.taskId);
  if (item.projectId && item.kind !== "invited") return `/projects/${encodeURIComponent(item.projectId)}`;
  return "/";
}
