import { dateAtStart } from "@/lib/quick-add/chrono-dates";
import type { Found } from "@/lib/quick-add/sigils";
import type { Range } from "@/lib/quick-add/text";

// Todoist's deadline syntax: a date in braces, "{april 30}". The braces and the date leave the title
// together; "{}" or braces around anything that is not one whole date stay in the title, unparsed.
// A deadline is a day: a time inside the braces is not kept.

const BRACES = /\{([^{}]*)\}/g;

/** The first braces holding a date, and every brace span (the deadline's included), not to be parsed further. */
export function findDeadline(working: string, reference: Date): { deadline: Found<string> | null; braces: Range[] } {
  let deadline: Found<string> | null = null;
  const braces: Range[] = [];
  for (const match of working.matchAll(BRACES)) {
    const range = { start: match.index, end: match.index + match[0].length };
    braces.push(range);
    const content = (match[1] ?? "").trim();
    if (deadline || !content) continue;
    const date = dateAtStart(content, reference);
    if (date?.end === content.length) deadline = { ...range, value: date.date };
  }
  return { deadline, braces };
}
