// Offsets into the typed text. Every rule reads a "working" copy of the text in which the parts that
// must not be parsed (ignored ranges, quoted text, tokens already taken) are blanked out character by
// character, so every offset found in the working copy is also an offset in the original text.

export type Range = { start: number; end: number };

/** Matches no rule: not a letter, digit or space, so words next to it keep their boundaries. */
const BLANK = "\u0001";

export function blankOut(working: string, ranges: Range[]): string {
  let result = working;
  for (const { start, end } of ranges) {
    const from = Math.max(0, start);
    const to = Math.min(result.length, end);
    if (from < to) result = result.slice(0, from) + BLANK.repeat(to - from) + result.slice(to);
  }
  return result;
}

/**
 * Double-quoted spans of the working text (quotes included), never parsed. The quote marks
 * themselves are left out of the title, as Todoist does; an unpaired quote is plain text.
 */
export function quotedSpans(working: string): { spans: Range[]; quoteMarks: Range[] } {
  const spans: Range[] = [];
  const quoteMarks: Range[] = [];
  for (const match of working.matchAll(/"[^"]*"/g)) {
    const start = match.index;
    const end = start + match[0].length;
    spans.push({ start, end });
    quoteMarks.push({ start, end: start + 1 }, { start: end - 1, end });
  }
  return { spans, quoteMarks };
}

/**
 * The text without the removed ranges. Where a removal leaves a space on both sides, one side is
 * dropped, and a space left before punctuation goes ("Pay tomorrow, then" is "Pay, then"); other
 * spacing stays as typed.
 */
export function textWithout(text: string, removed: Range[]): string {
  const sorted = [...removed].sort((a, b) => a.start - b.start);
  let result = "";
  let cursor = 0;
  for (const range of [...sorted, { start: text.length, end: text.length }]) {
    const piece = text.slice(cursor, Math.max(cursor, range.start));
    if (/\s$/.test(result) && /^\s/.test(piece)) result += piece.trimStart();
    else if (/\s$/.test(result) && /^[,.;:!?]/.test(piece)) result = result.trimEnd() + piece;
    else result += piece;
    cursor = Math.max(cursor, range.end);
  }
  return result.trim();
}
