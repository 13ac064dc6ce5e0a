import { daysBetween, formatShortDate, WEEKDAY_NAMES, weekdayOf } from "@/lib/dates";
import type { QuickAddResult } from "@/lib/quick-add";
import { describeRecurrence } from "@/lib/recurrence";
import { PRIORITY_LABELS } from "../tasks/task-meta";

export type { QuickAddResult, QuickAddToken } from "@/lib/quick-add";
/** A part of the text the parser is told to leave alone (a recognition the user undid). */
export type QuickAddRange = { start: number; end: number };

type Named = { id: string; name: string };

/** What Enter will create: the parse, with the project and labels matched to the user's own. */
export interface QuickAddPlan {
  parsed: QuickAddResult;
  /** An existing project (by name, any case), or one the user has not got. */
  project: { id: string; name: string } | { id: null; name: string } | null;
  /** Existing labels by name; `id: null` ones are created first. */
  labels: { id: string | null; name: string }[];
}

const byName = <T extends Named>(items: readonly T[], name: string) =>
  items.find((item) => item.name.toLowerCase() === name.toLowerCase());

export function planQuickAdd(
  parsed: QuickAddResult,
  projects: readonly (Named & { archived: boolean })[],
  labels: readonly Named[],
): QuickAddPlan {
  const project = parsed.project
    ? (byName(
        projects.filter((item) => !item.archived),
        parsed.project,
      ) ?? { id: null, name: parsed.project })
    : null;
  const seen = new Set<string>();
  const planned = parsed.labels.flatMap((name) => {
    if (seen.has(name.toLowerCase())) return [];
    seen.add(name.toLowerCase());
    const found = byName(labels, name);
    return [found ? { id: found.id, name: found.name } : { id: null, name }];
  });
  return {
    parsed,
    project: project ? { id: project.id, name: project.name } : null,
    labels: planned,
  };
}

/** The preview's parts, in words: "Due Mon 1 Dec", "Priority 1", "Project Home", "@bills (new)", "Every month". */
export function describePlan(plan: QuickAddPlan, today: string, timeZone: string): string[] {
  const { parsed } = plan;
  const parts: string[] = [];
  if (parsed.dueDate) parts.push(`Due ${dueInWords(parsed.dueDate, parsed.dueTime, today)}`);
  if (parsed.recurrence) parts.push(describeRecurrence(parsed.recurrence.rrule, parsed.recurrence.from, timeZone));
  if (parsed.priority < 4) parts.push(PRIORITY_LABELS[parsed.priority] ?? `Priority ${parsed.priority}`);
  if (plan.project?.id) parts.push(`Project ${plan.project.name}`);
  for (const label of plan.labels) parts.push(`@${label.name}${label.id ? "" : " (new label)"}`);
  return parts;
}

/** "Tuesday 1 Dec", "today (Thursday 26 Nov) at 09:30": the full date, so the user can check it. */
function dueInWords(date: string, time: string | undefined, today: string): string {
  const offset = daysBetween(today, date);
  const full = `${WEEKDAY_NAMES[weekdayOf(date)] ?? ""} ${formatShortDate(date, today)}`.trim();
  const relative = offset === 0 ? "today" : offset === 1 ? "tomorrow" : null;
  const day = relative ? `${relative} (${full})` : full;
  return time ? `${day} at ${time}` : day;
}
