import { CALENDAR_FEED_TOKEN_PATTERN } from "@/lib/schemas/calendar-feed";
import { clientAddress } from "@/server/client-address";
import { db } from "@/server/db";
import { answersNotModified } from "@/server/modules/calendar-feeds/conditional";
import { feedDocument, feedState, recordFeedUse } from "@/server/modules/calendar-feeds/feed";
import { consumeRateLimit, perMinute } from "@/server/rate-limit";

export const dynamic = "force-dynamic";

/** Per client address: a calendar app polls a few feeds every few minutes at most. */
const FEED_REQUESTS_PER_MINUTE = 60;

const notFound = () =>
  new Response("No calendar feed here: it was revoked or never existed.\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * A calendar feed (`/api/calendar/<token>.ics`): the token is the only credential (calendar apps send no
 * cookies). An unknown or revoked token is 404, exactly as a malformed one. A poll with the ETag or date
 * it was last given gets 304 after one read.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -".ics".length) : "";
  const address = clientAddress(request.headers) ?? "unknown";
  const limit = await consumeRateLimit(
    db,
    { kind: "calendar-feed-address", address },
    perMinute(FEED_REQUESTS_PER_MINUTE),
  );
  if (!limit.ok) {
    return new Response("Too many requests; try again later.\n", {
      status: 429,
      headers: { "retry-after": String(limit.retryAfterSeconds), "cache-control": "no-store" },
    });
  }
  if (!CALENDAR_FEED_TOKEN_PATTERN.test(token)) return notFound();
  const now = new Date();
  const state = await feedState(db, token, now);
  if (!state) return notFound();
  const headers = {
    etag: state.etag,
    "last-modified": state.changedAt.toUTCString(),
    // The address is a secret: no shared cache keeps a copy; the app revalidates each time it polls.
    "cache-control": "private, no-cache",
  };
  if (answersNotModified(request.headers, state)) {
    await recordFeedUse(db, state, now);
    return new Response(null, { status: 304, headers });
  }
  const body = await feedDocument(db, state, now);
  await recordFeedUse(db, state, now);
  return new Response(body, {
    headers: {
      ...headers,
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `inline; filename="tasklane.ics"`,
    },
  });
}
