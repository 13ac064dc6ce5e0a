import { addDays, localDateTimeParts } from "@/lib/dates";
import { chronoReference, type FoundDate, findDates } from "@/lib/quick-add/chrono-dates";
import { findDeadline } from "@/lib/quick-add/deadline";
import { firstOccurrenceOnOrAfter } from "@/lib/quick-add/first-occurrence";
import { type FoundRecurrence, findRecurrence } from "@/lib/quick-add/recurrence-phrases";
import { findAssignee, findLabels, findPriority, findProject, findSection } from "@/lib/quick-add/sigils";
import { blankOut, quotedSpans, type Range, textWithout } from "@/lib/quick-add/text";
import { formatRecurrenceRule, parseRecurrenceRule, type RecurrenceRule } from "@/lib/recurrence";

// Quick add: one typed line to task fields, after Todoist's grammar. Pure and browser-safe.
// Each kind of token is taken once (the first one wins; a second "p2" stays in the title), except
// labels. Sigils are read first, then repeat phrases, then chrono's dates, each on a copy of the text
// with everything already taken blanked out, so no character belongs to two tokens.
//
// Readings chosen where English is ambiguous (the tests pin them):
// - "tonight" is 20:00; "at 5" is 05:00 (chrono's reading: write "5pm"); "now" is no due time.
// - A weekday name is its next occurrence, today included; "next friday" is the Friday of next week.
// - A date without a year that has passed rolls to next year; a time that has passed today, to tomorrow.
// - Slash dates ("3/5") are not read: day-first or month-first depends on the reader.
// - "sun" and "sat" alone stay words ("Buy sun cream"); "on sat", "next sun", "sat 10am" are dates.
// - "#123" stays in the title (an issue number): a new project's name needs a letter.
// - "/Name" is read only for a name in `sections` (those of the project the task goes to), any case;
//   "and/or" and "/tmp" stay in the title.
// - "+Name" is read only for a name in `assignees` (nobody else can take the task), and not for a name
//   two of them share; "+1", "1+1" and a lone "+" stay in the title.
// - Quoted text stays in the title without its quote marks, as in Todoist.
// - "next week" is next Monday (Todoist's reading); "in a week" is seven days from today.
// - "{april 30}" is a deadline, read before anything else; "{}" or "{soon}" stays in the title.
// - A repeat starts on its first occurrence on or after today (or its "starting" date, or a date
//   typed beside it: "every day tomorrow"); with a time already past today, on or after tomorrow.

export type QuickAddTokenKind =
  | "priority"
  | "project"
  | "section"
  | "label"
  | "assignee"
  | "date"
  | "recurrence"
  | "deadline";
export type QuickAddToken = { kind: QuickAddTokenKind; start: number; end: number; text: string };

export type QuickAddOptions = {
  now: Date;
  /** IANA zone the dates and times are meant in. */
  timeZone: string;
  projects?: string[];
  /** Names of the sections of the project the task goes to. */
  sections?: string[];
  labels?: string[];
  /** Display names of the people who may take the task (the members of the project it goes to). */
  assignees?: string[];
  /** Ranges of `text` the user un-recognised: never parsed, they stay in the title. */
  ignore?: Range[];
};

export type QuickAddResult = {
  title: string;
  dueDate?: string;
  dueTime?: string;
  priority: 1 | 2 | 3 | 4;
  labels: string[];
  project?: string;
  /** One of `sections`, spelled as given there. */
  section?: string;
  /** One of `assignees`, spelled as given there. */
  assignee?: string;
  recurrence?: { rrule: string; from: "due" | "completion" };
  /** YYYY-MM-DD, from "{date}". */
  deadline?: string;
  tokens: QuickAddToken[];
};

export function parseQuickAdd(text: string, options: QuickAddOptions): QuickAddResult {
  let working = blankOut(text, options.ignore ?? []);
  const quotes = quotedSpans(working);
  working = blankOut(working, quotes.spans);
  const tokens: QuickAddToken[] = [];
  const take = (kind: QuickAddTokenKind, range: Range) => {
    tokens.push({ kind, start: range.start, end: range.end, text: text.slice(range.start, range.end) });
    working = blankOut(working, [range]);
  };

  const result: QuickAddResult = { title: "", priority: 4, labels: [], tokens };
  const reference = chronoReference(options.now, options.timeZone);
  const { deadline, braces } = findDeadline(working, reference);
  if (deadline) {
    result.deadline = deadline.value;
    take("deadline", deadline);
  }
  working = blankOut(working, braces);
  const priority = findPriority(working);
  if (priority) {
    result.priority = priority.value;
    take("priority", priority);
  }
  const project = findProject(working, options.projects ?? []);
  if (project) {
    result.project = project.value;
    take("project", project);
  }
  const section = findSection(working, options.sections ?? []);
  if (section) {
    result.section = section.value;
    take("section", section);
  }
  for (const label of findLabels(working, options.labels ?? [])) {
    take("label", label);
    const seen = result.labels.some((known) => known.toLowerCase() === label.value.toLowerCase());
    if (!seen) result.labels.push(label.value);
  }
  const assignee = findAssignee(working, options.assignees ?? []);
  if (assignee) {
    result.assignee = assignee.value;
    take("assignee", assignee);
  }

  const recurrence = readRecurrence(working, reference);
  if (recurrence) take("recurrence", recurrence);
  const due = pickDue(findDates(working, reference, options), Boolean(recurrence));
  for (const range of due.ranges) take("date", range);

  const dueTime = recurrence?.time ?? due.time;
  if (dueTime) result.dueTime = dueTime;
  if (recurrence) {
    result.recurrence = { rrule: recurrence.rrule, from: recurrence.from };
    result.dueDate = firstDueDate(recurrence.rule, recurrence.startDate ?? due.date, dueTime, options);
  } else if (due.date) {
    result.dueDate = due.date;
  }

  tokens.sort((a, b) => a.start - b.start);
  result.title = textWithout(text, [...tokens, ...quotes.quoteMarks]);
  return result;
}

/** The repeat phrase, its rule validated and written the canonical way; an invalid one is ignored. */
function readRecurrence(working: string, reference: Date): (FoundRecurrence & { rule: RecurrenceRule }) | null {
  const found = findRecurrence(working, reference);
  if (!found) return null;
  const parsed = parseRecurrenceRule(found.rrule);
  return parsed.ok ? { ...found, rrule: formatRecurrenceRule(parsed.rule), rule: parsed.rule } : null;
}

type Due = { ranges: Range[]; date?: string; time?: string };

/**
 * The first date chrono found, plus the first lone time when the date has none ("tomorrow p1 at 5pm"
 * is read as "tomorrow" and "at 5pm"). Other dates stay in the title.
 */
function pickDue(found: FoundDate[], hasRecurrence: boolean): Due {
  const withDay = found.find((item) => item.hasDay);
  const timeOnly = found.find((item) => !item.hasDay);
  if (withDay && (withDay.time || !timeOnly)) return { ranges: [withDay], date: withDay.date, time: withDay.time };
  if (withDay && timeOnly) return { ranges: [withDay, timeOnly], date: withDay.date, time: timeOnly.time };
  if (timeOnly) return { ranges: [timeOnly], date: hasRecurrence ? undefined : timeOnly.date, time: timeOnly.time };
  return { ranges: [] };
}

/**
 * The first occurrence on or after the start (today unless the phrase or a date says otherwise).
 * With a time that has already passed today, today is skipped: "every day at 9am" typed at 10:00
 * starts tomorrow, not overdue.
 */
function firstDueDate(
  rule: RecurrenceRule,
  start: string | undefined,
  dueTime: string | undefined,
  options: QuickAddOptions,
): string {
  const local = localDateTimeParts(options.now, options.timeZone);
  const passed = start === undefined && dueTime !== undefined && dueTime < local.time;
  return firstOccurrenceOnOrAfter(rule, start ?? (passed ? addDays(local.date, 1) : local.date));
}
