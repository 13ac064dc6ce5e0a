// The filter language's parsed form (see parse.ts for the grammar). Plain data: the server compiles it
// to SQL (server/modules/filters/compile.ts); the browser only needs to know whether a query parses.

/** A day named in a query, resolved against the user's own today when the query runs. */
export type DateRef =
  /** `today` (0), `tomorrow` (1), `yesterday` (-1). */
  | { kind: "relative"; days: number }
  /** `next week`: next Monday, as in quick add. */
  | { kind: "nextWeek" }
  /** `2026-12-31`, `Dec 31 2026`. */
  | { kind: "date"; date: string }
  /** `Dec 31`, `31 Dec`: that day on or after today (this year's, or next year's once it has passed). */
  | { kind: "monthDay"; month: number; day: number };

/** One filter word: what a task must be to match it. */
export type FilterTerm =
  | { kind: "today" }
  | { kind: "tomorrow" }
  | { kind: "overdue" }
  | { kind: "noDate" }
  /** Due from today through today + count − 1 (`7 days`, `next 7 days`). */
  | { kind: "nextDays"; count: number }
  | { kind: "dueBefore"; date: DateRef }
  | { kind: "dueAfter"; date: DateRef }
  | { kind: "dueOn"; date: DateRef }
  | { kind: "priority"; value: 1 | 2 | 3 | 4 }
  /** `#Inbox` also matches tasks in no project. */
  | { kind: "project"; name: string }
  | { kind: "section"; name: string }
  | { kind: "label"; name: string }
  | { kind: "noLabels" }
  | { kind: "assignedTo"; who: { me: true } | { name: string } }
  | { kind: "search"; text: string }
  | { kind: "subtask" }
  | { kind: "recurring" };

export type FilterNode =
  | FilterTerm
  | { kind: "and"; left: FilterNode; right: FilterNode }
  | { kind: "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; operand: FilterNode };

/** Where a query stops making sense: `position` is a 0-based character offset into the query. */
export interface FilterError {
  position: number;
  message: string;
}

export type ParsedFilter = { ok: true; ast: FilterNode } | { ok: false; error: FilterError };
