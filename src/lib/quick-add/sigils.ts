import type { Range } from "@/lib/quick-add/text";

// The marked tokens: p1–p4, #project, /section, @label and +assignee. A sigil counts only at the start of a word,
// so "C#", "me@example.com", "1+1" and "mp3" stay in the title.

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
  const byLength = longestFirst(projects);
  for (const start of sigilPositions(working, "#")) {
    const after = working.slice(start + 1);
    const known = knownNameAt(after, byLength);
    if (known) return { start, end: start + 1 + known.length, value: known };
    const word = LABEL_OR_PROJECT_WORD.exec(after)?.[0];
    // "Fix bug #123" names an issue, not a project.
    if (word && /\p{L}/u.test(word)) return { start, end: start + 1 + word.length, value: word };
  }
  return null;
}

/**
 * The first /section: the longest of `sections` (the names of the sections of the project the task goes to,
 * several words allowed, any case) right after a / at the start of a word. Only a known name counts: "and/or",
 * "/tmp" or a section the project has not got stay in the title.
 */
export function findSection(working: string, sections: string[]): Found<string> | null {
  const byLength = longestFirst(sections);
  for (const start of sigilPositions(working, "/")) {
    const known = knownNameAt(working.slice(start + 1), byLength);
    if (known) return { start, end: start + 1 + known.length, value: known };
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

/**
 * The first +assignee: the longest of the names (display names, several words allowed, any case) right
 * after a +. Only a known name counts, and only one that names a single person: a name two people share
 * is not read (it stays in the title, as does a + before anything else).
 */
export function findAssignee(working: string, names: string[]): Found<string> | null {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  const byLength = longestFirst(names);
  for (const start of sigilPositions(working, "+")) {
    const known = knownNameAt(working.slice(start + 1), byLength);
    if (known && counts.get(known.toLowerCase()) === 1) return { start, end: start + 1 + known.length, value: known };
  }
  return null;
}

const longestFirst = (names: readonly string[]) =>
  names.filter((name) => name.length > 0).sort((a, b) => b.length - a.length);

/** The longest name that `after` starts with (any case), ending at a word boundary. */
function knownNameAt(after: string, byLength: readonly string[]): string | undefined {
  return byLength.find(
    (name) =>
      after.slice(0, name.length).toLowerCase() === name.toLowerCase() && !WORD_CHAR.test(after.charAt(name.length)),
  );
}

function sigilPositions(working: string, sigil: "#" | "@" | "+" | "/"): number[] {
  const positions: number[] = [];
  for (let index = working.indexOf(sigil); index !== -1; index = working.indexOf(sigil, index + 1)) {
    const before = working.charAt(index - 1);
    if (index === 0 || /[\s(]/.test(before)) positions.push(index);
  }
  return positions;
}
