"use client";

import { TRPCClientError } from "@trpc/client";
import { useRef, useState } from "react";
import { calendarDateIn } from "@/lib/dates";
import { withReference } from "@/lib/error-reference";
import { api } from "@/trpc/react";
import { useHourCycle } from "../hour-cycle";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";
import { loadTaskSchemas, type TaskSchemas } from "../tasks/load-task-schemas";
import { afterEdit, type Ignored, stillIgnored } from "./ignored-ranges";
import type { LineDefaults } from "./line-fields";
import { loadPlanner, type Planner, usePlanner } from "./line-planner";
import type { LineReading, QuickAddLine, QuickAddPlan, QuickAddToken } from "./quick-add-plan";

export interface TaskLineOptions {
  timeZone: string;
  /** What the task gets where the line is silent: its project (for `+Name` too), date, labels. */
  defaults?: LineDefaults;
  /** A subtask's line: its project is the parent's, so a "#Name" stays in the title. */
  projectFixed?: boolean;
  /**
   * The text the field starts with (a task's title): what it holds is its title as the user kept it, so
   * only what is typed into it is read.
   */
  initialText?: string;
  /** Load the parser at once (a field the user just opened), not on first focus. */
  eager?: boolean;
}

/** The server's words for input it refused; otherwise the fallback, with the reference of a server failure. */
export const failure = (error: unknown, fallback: string) =>
  error instanceof TRPCClientError && error.data?.code === "BAD_REQUEST"
    ? error.message
    : withReference(fallback, error);

export interface Entered {
  plan: QuickAddPlan;
  title: ReturnType<TaskSchemas["taskTitle"]["safeParse"]>;
}

/** The line read as a bare title: before the parser has loaded. */
const bare = (text: string): LineReading => ({
  plan: {
    parsed: { title: text, priority: 4, labels: [], tokens: [] },
    project: null,
    section: null,
    labels: [],
    assignee: null,
  },
  missingProject: null,
  heldProject: null,
});

/**
 * A task title field's line, read the way quick add reads it, in every place that takes a title: the
 * text, its parse (the recognitions the user undid are handed back to the parser as `ignore`; quoted
 * text is never parsed), and what it will make. `+Name` is read against the members of the project the
 * line goes to (the cached `project.members`), and `/Name` against its sections (`section.list`): the
 * project is read first, then the line again with its members and sections. The parser loads on first use (`prime`, called on focus and typing).
 */
export function useTaskLine({
  timeZone,
  defaults = {},
  projectFixed = false,
  initialText = "",
  eager = false,
}: TaskLineOptions) {
  const utils = api.useUtils();
  const { projects, labels } = useProjectsAndLabels();
  const { planner, prime } = usePlanner(eager);
  const hourCycle = useHourCycle();
  const [text, setText] = useState(initialText);
  // The text as last typed, for a clear that comes after an await (see clearIf).
  const latestText = useRef(initialText);
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  const [seeded, setSeeded] = useState(initialText === "");
  // The lines of Enters still being read, and the last Enter's reading (see `enter`).
  const entering = useRef(new Set<string>());
  const lastEnter = useRef<Promise<unknown>>(Promise.resolve());

  const now = new Date();
  /** What the starting text's own words would be read as: they stay text. */
  const startingWords = (loaded: Planner): Ignored[] =>
    loaded
      .planLine({ text: initialText, now, timeZone, projects, labels })
      .plan.parsed.tokens.map(({ start, end, text: words }) => ({ start, end, text: words }));
  if (planner && !seeded) {
    // Adjusted during render, as React advises: the first reading shown already leaves them alone.
    setSeeded(true);
    setIgnored(startingWords(planner));
  }
  const kept = stillIgnored(ignored, text);
  const line: QuickAddLine = {
    text,
    now,
    timeZone,
    projects,
    labels,
    projectId: defaults.projectId ?? null,
    projectFixed,
    ignore: kept,
  };
  const first = planner ? planner.planLine(line) : bare(text);
  const projectId = planner ? planner.projectOf(first.plan, line.projectId, projectFixed) : null;
  const wantsMembers = projectId !== null && text.includes("+");
  // Read once the line goes to a project and has a +: the Inbox has nobody to assign.
  const members = api.project.members.useQuery(
    { projectId: projectId ?? "" },
    { enabled: wantsMembers, staleTime: 60_000 },
  );
  // Read once the line goes to a project and has a /: "/Name" picks one of its sections.
  const wantsSections = projectId !== null && !projectFixed && text.includes("/");
  const sections = api.section.list.useQuery(
    { projectId: projectId ?? "" },
    { enabled: wantsSections, staleTime: 60_000 },
  );
  const reading =
    planner && ((wantsMembers && members.data) || (wantsSections && sections.data))
      ? planner.planLine(line, wantsMembers ? members.data : undefined, wantsSections ? sections.data : undefined)
      : first;

  function edit(next: string) {
    setIgnored(afterEdit(kept, text, next));
    setText(next);
    latestText.current = next;
    prime();
  }

  function keepAsText(token: QuickAddToken) {
    setIgnored([...kept, { start: token.start, end: token.end, text: token.text }]);
  }

  /**
   * Empties the field for the next task, forgetting what was un-recognised, if it still holds `typed`
   * (what was added): the start of the next task, typed meanwhile, is kept.
   */
  function clearIf(typed: string) {
    if (latestText.current !== typed) return;
    setText("");
    latestText.current = "";
    setIgnored([]);
  }

  /** Puts back a line whose task was refused, unless the field holds something new by then. */
  function restoreIfEmpty(typed: string) {
    if (latestText.current !== "") return;
    setText(typed);
    latestText.current = typed;
  }

  /** Resolves with null once the project exists (the line then names it), or with what went wrong. */
  async function createProject(name: string): Promise<string | null> {
    try {
      await utils.client.project.create.mutate({ id: crypto.randomUUID(), name });
      await utils.sidebar.get.invalidate();
      return null;
    } catch (cause) {
      return failure(cause, `Couldn't create the project “${name}”. Try again.`);
    }
  }

  /** The plan Enter makes: the one shown, or (typed before the parser had loaded) read now. */
  async function planNow(): Promise<QuickAddPlan> {
    if (planner && seeded) return reading.plan;
    const loaded = await loadPlanner();
    const ignore = seeded ? kept : stillIgnored(afterEdit(startingWords(loaded), initialText, text), text);
    return loaded.planLine({ ...line, ignore }).plan;
  }

  /**
   * What Enter makes: the plan and its title checked, in the order of the Enters. Null for Enter pressed
   * again on a line still being read (the parser and the schemas load on first use): it would add the same
   * line twice. Another line entered meanwhile waits for the one before it, and is added after it.
   */
  async function enter(): Promise<Entered | null> {
    const typed = text;
    if (entering.current.has(typed)) return null;
    entering.current.add(typed);
    const before = lastEnter.current;
    const read = (async () => {
      await before;
      const [plan, { taskTitle }] = await Promise.all([planNow(), loadTaskSchemas()]);
      return { plan, title: taskTitle.safeParse(plan.parsed.title) };
    })();
    lastEnter.current = read.catch(() => undefined);
    try {
      return await read;
    } finally {
      entering.current.delete(typed);
    }
  }

  return {
    text,
    edit,
    prime,
    clearIf,
    restoreIfEmpty,
    keepAsText,
    createProject,
    planNow,
    enter,
    plan: reading.plan,
    missingProject: reading.missingProject,
    heldProject: reading.heldProject,
    /** The line's words in the preview ("Due Friday 4 Dec", "@travel (new label)"); empty until loaded. */
    // "Today" is read here, once the parser has loaded (the first focus or key), not on every render: the
    // page's first use of Intl costs the browser ~15 ms to start, and the field renders as the page hydrates.
    describe: () =>
      planner ? planner.describePlan(reading.plan, calendarDateIn(now, timeZone), timeZone, hourCycle) : [],
  };
}

export type TaskLine = ReturnType<typeof useTaskLine>;
