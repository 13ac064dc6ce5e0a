import { cronRoute } from "@/server/cron/route";
import { db } from "@/server/db";
import { pruneOAuthData } from "@/server/modules/connected-apps/prune";
import { pruneRateLimits } from "@/server/rate-limit";

export const dynamic = "force-dynamic";

/**
 * Daily housekeeping (vercel.json): expired OAuth tokens, self-registered clients nobody connected, and
 * rate-limit counters of long-ended windows.
 */
export const GET = cronRoute("cleanup", async () => ({
  ...(await pruneOAuthData(db)),
  rateLimits: await pruneRateLimits(db),
}));
