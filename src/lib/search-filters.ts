import { findLabels, findPriority, findProject } from "@/lib/quick-add/sigils";
import { blankOut, quotedSpans, type Range, textWithout } from "@/lib/quick-add/text";
import { LABELS_FILTER_MAX } from "@/lib/schemas/task";

// The search page's filter words, read with quick add's rules for sigils (one grammar for both):
// `#Project` (or `#Inbox`), `@label` (several: a task must have all) and `p1`–`p4`. A word naming no
// project or label of the user's stays a search word, as does anything in double quotes.

export interface Named {
  id: string;
  name: string;
}

export interface SearchFilters {
  /** null: the Inbox. */
  projectId?: string | null;
  labelIds?: string[];
  priority?: 1 | 2 | 3 | 4;
}

export interface ReadSearch {
  /** What is left to match against titles and descriptions ("" when the filters are the whole query). */
  text: string;
  filters: SearchFilters;
}

/** Whether a query could hold a filter word: only then does the page need the projects and labels. */
export function mayHoldFilters(query: string): boolean {
  return /(^|[\s(])[#@]\S|(?<![\p{L}\p{N}_])p[1-4](?![\p{L}\p{N}_])/iu.test(query);
}

const INBOX = "inbox";

export function readSearch(query: string, projects: readonly Named[], labels: readonly Named[]): ReadSearch {
  let working = blankOut(query, quotedSpans(query).spans);
  const taken: Range[] = [];
  const take = (range: Range) => {
    taken.push(range);
    working = blankOut(working, [range]);
  };
  const filters: SearchFilters = {};
  const byName = (items: readonly Named[], name: string) =>
    items.find((item) => item.name.toLowerCase() === name.toLowerCase());

  const priority = findPriority(working);
  if (priority) {
    filters.priority = priority.value;
    take(priority);
  }
  const project = findProject(working, [...projects.map((item) => item.name), "Inbox"]);
  if (project) {
    const known = byName(projects, project.value);
    if (known) filters.projectId = known.id;
    else if (project.value.toLowerCase() === INBOX) filters.projectId = null;
    if (filters.projectId !== undefined) take(project);
  }
  for (const found of findLabels(
    working,
    labels.map((item) => item.name),
  )) {
    const known = byName(labels, found.value);
    if (!known || (filters.labelIds?.length ?? 0) >= LABELS_FILTER_MAX) continue;
    filters.labelIds = [...new Set([...(filters.labelIds ?? []), known.id])];
    take(found);
  }
  const quoteMarks = quotedSpans(query).quoteMarks;
  return { text: textWithout(query, [...taken, ...quoteMarks]), filters };
}
