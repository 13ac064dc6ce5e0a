import "server-only";
import type { FeedState } from "./feed";

/**
 * Whether a poll already has the feed's content (RFC 9110 §13): If-None-Match when the client sent one
 * (a weak comparison, `*` included), else If-Modified-Since, trusted only while the content is the one
 * that date was given for (a task leaving the feed does not make its newest update later).
 */
export function answersNotModified(headers: Headers, state: Pick<FeedState, "etag" | "changedAt" | "stored">): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
    return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === state.etag);
  }
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null || !state.stored) return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && state.changedAt.getTime() <= since;
}
