import { cronRoute } from "@/server/cron/route";
import { db } from "@/server/db";
import { pruneOAuthData } from "@/server/modules/connected-apps/prune";

export const dynamic = "force-dynamic";

/** Daily housekeeping (vercel.json): expired OAuth tokens and self-registered clients nobody connected. */
export const GET = cronRoute("cleanup", () => pruneOAuthData(db));
