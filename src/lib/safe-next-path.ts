const PLACEHOLDER_ORIGIN = "http://tasklane.invalid";

/**
 * Only paths on this site: `?next=` must never send someone elsewhere. Parsed
 * as the browser will parse it (which drops tabs and newlines and reads
 * backslashes as slashes), then kept only if it stays on our origin.
 */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith("/")) return "/";
  try {
    const url = new URL(next, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
