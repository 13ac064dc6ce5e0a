import type { Range } from "@/lib/quick-add/text";

// The marked tokens: p1–p4, #project and @label. A sigil counts only at the start of a word, so
// "C#", "me@example.com" and "mp3" stay in the title.

const WORD_CHAR = /[\p{L}\p{N}_-]/u;
const LABEL_OR_PROJECT_WORD = /^[\p{L}\p{N}_-]+/u;

export type Found<T> = Range & { value: T };

export function findPriority(working: string): Found<1 | 2 | 3 | 4> | null {
  const match = /(?<![\p{L}\p{N}_])p([1-4])(?![\p{L}\p{N}_])/iu.exec(working);
  if (!match) return null;
  const value = Number(match[1]) as 1 | 2 | 3 | 4;
  return { start: match.index, end: match.index + match[0].length, value };
}

/** The first #project: the longest existing project name after the #, else the word (with a letter). */
export function findProject(working: string, projects: string[]): Found<string> | null {
  const byLength = [...projects].sort((a, b) => b.length - a.length);
  for (const start of sigilPositions(working, "#")) {
    const after = working.slice(start + 1);
    const known = byLength.find(
      (name) =>
        name.length > 0 &&
        after.slice(0, name.length).toLowerCase() === name.toLowerCase() &&
        !WORD_CHAR.test(after.charAt(name.length)),
    );
    if (known) return { start, end: start + 1 + known.length, value: known };
    const word = LABEL_OR_PROJECT_WORD.exec(after)?.[0];
    // "Fix bug #123" names an issue, not a project.
    if (word && /\p{L}/u.test(word)) return { start, end: start + 1 + word.length, value: word };
  }
  return null;
}

/** Every @label, spelled like the existing label when there is one. */
export function findLabels(working: string, labels: string[]): Found<string>[] {
  const found: Found<string>[] = [];
  for (const start of sigilPositions(working, "@")) {
    const word = LABEL_OR_PROJECT_WORD.exec(working.slice(start + 1))?.[0];
    if (!word) continue;
    const known = labels.find((label) => label.toLowerCase() === word.toLowerCase());
    found.push({ start, end: start + 1 + word.length, value: known ?? word });
  }
  return found;
}

function sigilPositions(working: string, sigil: "#" | "@"): number[] {
  const positions: number[] = [];
  for (let index = working.indexOf(sigil); index !== -1; index = working.indexOf(sigil, index + 1)) {
    const before = working.charAt(index - 1);
    if (index === 0 || /[\s(]/.test(before)) positions.push(index);
  }
  return positions;
}
