import { cronRoute } from "@/server/cron/route";
import { db } from "@/server/db";
import { pruneOutbox } from "@/server/email/outbox";
import { pruneOAuthData } from "@/server/modules/connected-apps/prune";
import { pruneExpiredInvitations } from "@/server/modules/members/prune";
import { deliverNotificationEmails } from "@/server/modules/notifications/deliver";
import { pruneReadNotifications } from "@/server/modules/notifications/mutations";
import { pruneChanges } from "@/server/modules/sync/feed";
import { pruneRateLimits } from "@/server/rate-limit";

export const dynamic = "force-dynamic";

/**
 * Daily housekeeping (vercel.json): expired OAuth tokens, self-registered clients nobody connected,
 * rate-limit counters of long-ended windows, outbox mail older than a week, invitations that expired over
 * a week ago, change-feed rows older than a week (CHANGE_RETENTION_MS), notifications read over 90 days
 * ago; and notification emails a failed send left waiting.
 */
export const GET = cronRoute("cleanup", async () => ({
  ...(await pruneOAuthData(db)),
  rateLimits: await pruneRateLimits(db),
  outbox: await pruneOutbox(db),
  invitations: await pruneExpiredInvitations(db),
  changes: await pruneChanges(db),
  readNotifications: await pruneReadNotifications(db),
  notificationEmails: (await deliverNotificationEmails(db)).sent,
}));
