// How a search is read, shared by the server (which turns it into SQL, `server/modules/tasks/search.ts`)
// and the browser (which decides whether an edited task still belongs in the search results it shows).

/** Below this many characters a term is too short for word search; it is matched as a substring. */
export const MIN_WORD_SEARCH = 3;

/** The words of a search, lowercased; punctuation and operators are dropped (never passed to to_tsquery raw). */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * No search (blank); the trimmed text as a case-insensitive substring of the title or description
 * (only punctuation, or only words shorter than three characters); or every word as a prefix of a
 * word of the title or description.
 */
export type SearchMode = null | { kind: "substring"; text: string } | { kind: "words"; words: string[] };

export function searchMode(text: string): SearchMode {
  if (text.trim() === "") return null;
  const words = searchWords(text);
  if (words.every((word) => word.length < MIN_WORD_SEARCH)) return { kind: "substring", text: text.trim() };
  return { kind: "words", words };
}

/**
 * Whether a search finds a task, as the server's search does with one exception: the server also
 * matches English stems ("grocery" finds "groceries"), which the browser does not compute, so a
 * task found only through a stem is not found here.
 */
export function searchFinds(text: string, found: { title: string; description: string }): boolean {
  const mode = searchMode(text);
  if (mode === null) return true;
  if (mode.kind === "substring") {
    const needle = mode.text.toLowerCase();
    return found.title.toLowerCase().includes(needle) || found.description.toLowerCase().includes(needle);
  }
  const taskWords = [...searchWords(found.title), ...searchWords(found.description)];
  return mode.words.every((word) => taskWords.some((taskWord) => taskWord.startsWith(word)));
}
