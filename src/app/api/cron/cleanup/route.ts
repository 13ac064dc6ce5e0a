import { cronRoute } from "@/server/cron/route";
import { db } from "@/server/db";
import { pruneOutbox } from "@/server/email/outbox";
import { pruneOAuthData } from "@/server/modules/connected-apps/prune";
import { pruneExpiredInvitations } from "@/server/modules/members/prune";
import { pruneChanges } from "@/server/modules/sync/feed";
import { pruneRateLimits } from "@/server/rate-limit";

export const dynamic = "force-dynamic";

/**
 * Daily housekeeping (vercel.json): expired OAuth tokens, self-registered clients nobody connected,
 * rate-limit counters of long-ended windows, outbox mail older than a week, invitations that expired over
 * a week ago, and change-feed rows older than a week (CHANGE_RETENTION_MS).
 */
export const GET = cronRoute("cleanup", async () => ({
  ...(await pruneOAuthData(db)),
  rateLimits: await pruneRateLimits(db),
  outbox: await pruneOutbox(db),
  invitations: await pruneExpiredInvitations(db),
  changes: await pruneChanges(db),
}));
