import "server-only";
import { env } from "@/env";

/**
 * Subscriptions over SSE (`sync.changes`). A stream ends after SYNC_STREAM_MAX_SECONDS by closing, not
 * with tRPC's "return" event, so the browser's EventSource reconnects on its own with `Last-Event-ID` and
 * resumes: a serverless function finishes in time, a long-running server recycles idle sockets. Pings keep
 * proxies from closing a quiet stream; a client that hears nothing (not even a ping) for twice as long
 * reconnects.
 */
export const sseOptions = {
  maxDurationMs: env.SYNC_STREAM_MAX_SECONDS * 1000,
  ping: { enabled: true, intervalMs: 10_000 },
  client: { reconnectAfterInactivityMs: 25_000 },
};
