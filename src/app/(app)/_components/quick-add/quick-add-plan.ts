import { daysBetween, formatClock, formatShortDate, type HourCycle, WEEKDAY_NAMES, weekdayOf } from "@/lib/dates";
import { parseQuickAdd, type QuickAddOptions, type QuickAddResult } from "@/lib/quick-add";
import { describeRecurrence } from "@/lib/recurrence";
import { type AssignableMember, assignableMembers } from "../tasks/assignable-members";
import { PRIORITY_LABELS } from "../tasks/task-meta";

export type { QuickAddResult, QuickAddToken } from "@/lib/quick-add";
/** A part of the text the parser is told to leave alone (a recognition the user undid). */
export type QuickAddRange = { start: number; end: number };

type Named = { id: string; name: string };

/** What Enter will create: the parse, with the project, labels and assignee matched to the user's own. */
export interface QuickAddPlan {
  parsed: QuickAddResult;
  /** An existing project (by name, any case), or one the user has not got. */
  project: { id: string; name: string } | { id: null; name: string } | null;
  /** A section of the project the task goes to ("/Name"), or null. */
  section: Named | null;
  /** Existing labels by name; `id: null` ones are created first. */
  labels: { id: string | null; name: string }[];
  /** The one member `+Name` names. */
  assignee: AssignableMember | null;
}

/** The typed line and what it is read against (everything but the members). */
export type QuickAddLine = Omit<QuickAddOptions, "projects" | "sections" | "labels" | "assignees"> & {
  text: string;
  projects: readonly (Named & { archived: boolean })[];
  labels: readonly Named[];
  /** Where the task goes when the line names no project (a project's own add box, a subtask's parent). */
  projectId?: string | null;
  /** A subtask lives in its parent's project: a "#Name" stays in the title (`heldProject`). */
  projectFixed?: boolean;
};

/** What a line reads as: the plan, and a "#Name" that stayed in the title, and why. */
export interface LineReading {
  plan: QuickAddPlan;
  /** A project the user has not got (the task goes where the line's context says). */
  missingProject: string | null;
  /** A project named in a subtask's line: the subtask stays in its parent's project. */
  heldProject: string | null;
}

/**
 * What Enter will create from the line. A "#Name" the user has not got stays in the title (the task
 * goes where it would without it: the Inbox, or `line.projectId`) and is `missingProject`; in a
 * subtask's line any "#Name" does (`heldProject`). `members`: those of the project the line goes to,
 * once read (call without them first to learn which project that is: `projectOf`); `+Name` names one of them.
 * `sections`: that project's sections, once read; "/Name" names one of them (in a subtask's line, none: it
 * lives in its parent's section).
 */
export function planLine(
  line: QuickAddLine,
  members?: readonly AssignableMember[],
  sections?: readonly Named[],
): LineReading {
  const { text, projects, labels, ignore = [], projectId = null, projectFixed = false, ...when } = line;
  const parse = (
    extra: readonly QuickAddRange[],
    assignees: readonly AssignableMember[] = [],
    inProject: readonly Named[] = [],
  ) =>
    parseQuickAdd(text, {
      ...when,
      projects: projects.filter((project) => !project.archived).map((project) => project.name),
      sections: inProject.map((section) => section.name),
      labels: labels.map((label) => label.name),
      assignees: assignees.map((member) => member.name),
      ignore: [...ignore, ...extra],
    });
  const recognised = planQuickAdd(parse([]), projects, labels);
  const named = recognised.project;
  const heldProject = named && projectFixed ? named.name : null;
  const missingProject = named && !named.id && !projectFixed ? named.name : null;
  const projectToken =
    missingProject || heldProject ? recognised.parsed.tokens.find((item) => item.kind === "project") : undefined;
  const extra = projectToken ? [projectToken] : [];
  const goesTo = projectOf(recognised, projectId, projectFixed);
  const assignable = goesTo ? assignableMembers(members) : [];
  const inProject = goesTo && !projectFixed ? (sections ?? []) : [];
  const plan =
    extra.length > 0 || assignable.length > 0 || inProject.length > 0
      ? planQuickAdd(parse(extra, assignable, inProject), projects, labels, assignable, inProject)
      : recognised;
  return { plan, missingProject, heldProject };
}

/** The project a task planned so goes to: the one the line names (one the user has), else the context's. */
export function projectOf(plan: QuickAddPlan, projectId: string | null = null, projectFixed = false): string | null {
  return (projectFixed ? null : plan.project?.id) || projectId;
}

const byName = <T extends Named>(items: readonly T[], name: string) =>
  items.find((item) => item.name.toLowerCase() === name.toLowerCase());

export function planQuickAdd(
  parsed: QuickAddResult,
  projects: readonly (Named & { archived: boolean })[],
  labels: readonly Named[],
  members: readonly AssignableMember[] = [],
  sections: readonly Named[] = [],
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
  // Two members of the same name: nobody (the parser leaves such a name in the title too).
  const named = members.filter((member) => member.name.toLowerCase() === parsed.assignee?.toLowerCase());
  const assignee = named.length === 1 ? named[0] : undefined;
  const section = parsed.section ? byName(sections, parsed.section) : undefined;
  return {
    parsed,
    project: project ? { id: project.id, name: project.name } : null,
    section: section ? { id: section.id, name: section.name } : null,
    labels: planned,
    assignee: assignee ? { userId: assignee.userId, name: assignee.name } : null,
  };
}

/**
 * The preview's parts, in words: "Due Mon 1 Dec", "Deadline Thursday 30 Apr", "Priority 1", "Project Home",
 * "Section Doing", "Assigned to Alice",
 * "@bills (new)", "Every month".
 */
export function describePlan(plan: QuickAddPlan, today: string, timeZone: string, hourCycle: HourCycle): string[] {
  const { parsed } = plan;
  const parts: string[] = [];
  if (parsed.dueDate) parts.push(`Due ${dueInWords(parsed.dueDate, parsed.dueTime, today, hourCycle)}`);
  if (parsed.deadline) parts.push(`Deadline ${dueInWords(parsed.deadline, undefined, today, hourCycle)}`);
  if (parsed.recurrence) parts.push(describeRecurrence(parsed.recurrence.rrule, parsed.recurrence.from, timeZone));
  if (parsed.priority < 4) parts.push(PRIORITY_LABELS[parsed.priority] ?? `Priority ${parsed.priority}`);
  if (plan.project?.id) parts.push(`Project ${plan.project.name}`);
  if (plan.section) parts.push(`Section ${plan.section.name}`);
  if (plan.assignee) parts.push(`Assigned to ${plan.assignee.name}`);
  for (const label of plan.labels) parts.push(`@${label.name}${label.id ? "" : " (new label)"}`);
  return parts;
}

/** "Tuesday 1 Dec", "today (Thursday 26 Nov) at 09:30": the full date, so the user can check it. */
function dueInWords(date: string, time: string | undefined, today: string, hourCycle: HourCycle): string {
  const offset = daysBetween(today, date);
  const full = `${WEEKDAY_NAMES[weekdayOf(date)] ?? ""} ${formatShortDate(date, today)}`.trim();
  const relative = offset === 0 ? "today" : offset === 1 ? "tomorrow" : null;
  const day = relative ? `${relative} (${full})` : full;
  return time ? `${day} at ${formatClock(time, hourCycle)}` : day;
}
