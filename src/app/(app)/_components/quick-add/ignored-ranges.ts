import type { QuickAddRange } from "./quick-add-plan";

/** A recognition the user undid: its range, and its text there (an edit that changes it drops it). */
export type Ignored = QuickAddRange & { text: string };

/**
 * The undone recognitions after the line changed from `before` to `after` (one edit: typing, a paste,
 * a deletion): those before the changed stretch stay, those after it move with their text, and one
 * the edit changed is dropped (its words are read afresh).
 */
export function afterEdit(ignored: readonly Ignored[], before: string, after: string): Ignored[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const shift = after.length - before.length;
  return ignored.flatMap((range) => {
    if (range.end <= start) return [range];
    if (range.start >= endBefore) return [{ ...range, start: range.start + shift, end: range.end + shift }];
    return [];
  });
}

/** The ranges still holding their text: the parser is told to leave those alone. */
export function stillIgnored(ignored: readonly Ignored[], text: string): Ignored[] {
  return ignored.filter((range) => text.slice(range.start, range.end) === range.text);
}
