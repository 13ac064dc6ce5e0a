import "server-only";
import type { FilterNode } from "@/lib/filters/ast";
import { parseFilter } from "@/lib/filters/parse";
import { invalid } from "@/server/domain-errors";

/**
 * The query's parsed form, or BAD_REQUEST whose message is the parse error's ("Expected a filter after
 * '&' at 7": the 0-based position is its last words), for task.list and the saved filters' writes.
 */
export function requireParsedFilter(query: string): FilterNode {
  const parsed = parseFilter(query);
  if (!parsed.ok) throw invalid(parsed.error.message);
  return parsed.ast;
}

/** `filter.parse`'s answer: never a thrown error for a bad query. */
export function checkFilter(query: string) {
  const parsed = parseFilter(query);
  return parsed.ok ? ({ valid: true, ast: parsed.ast } as const) : ({ valid: false, error: parsed.error } as const);
}
