import "server-only";

const SENSITIVE_KEY = /pass(word)?|secret|token|cookie|authorization|e-?mail|api-?key|otp|code_verifier/i;
const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi;
const BEARER = /\bBearer\s+[\w.~+/-]+=*/gi;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g;
// A calendar feed's address carries its token in the path (a failed request's URL, printed by Next).
const CALENDAR_FEED_TOKEN = /\btlcal_[\w-]+/g;
// Drizzle words a failed query "Failed query: <sql>\nparams: <values>", whoever wraps it (Better Auth's
// adapter does): the values are users' input, an email, a session token. They run to the end of the
// message: a stack frame, the next cause in a summary, or the end of the text.
const QUERY_PARAMS = /\n([ \t]*)params: [\s\S]*?(?=\n\s+at\s| <- |\n\s*\[cause\]|$)/g;
const MAX_DEPTH = 6;

/** A failed query's message without its parameter values. */
export function withoutQueryParams(message: string): string {
  return message.replace(QUERY_PARAMS, "\n$1params: [not logged]");
}

/** Text none of the patterns above can match (most of a line's fields: ids, names, outcomes) is kept as is. */
const MAYBE_SENSITIVE = /[@\n]|bearer|eyJ|tlcal_/i;

/**
 * Masks what must never reach a log: query parameters, addresses, bearer tokens, JWTs and calendar feed
 * tokens in text; secret-named fields whole.
 */
export function redactText(text: string): string {
  if (!MAYBE_SENSITIVE.test(text)) return text;
  return withoutQueryParams(text)
    .replace(EMAIL, "[email]")
    .replace(BEARER, "Bearer [redacted]")
    .replace(JWT, "[jwt]")
    .replace(CALENDAR_FEED_TOKEN, "tlcal_[redacted]");
}

/** A copy of a log entry's value with everything sensitive masked. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH) return "[nested]";
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = SENSITIVE_KEY.test(key) ? "[redacted]" : redact(field, depth + 1);
  }
  return copy;
}
