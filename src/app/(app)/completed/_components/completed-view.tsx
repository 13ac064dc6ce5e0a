"use client";

import Link from "next/link";
import { useMemo } from "react";
import { ColorDot } from "@/components/color-dot";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import { formatRecentInstant } from "@/lib/dates";
import { withReference } from "@/lib/error-reference";
import type { ColorName } from "@/lib/schemas/colors";
import { taskPath } from "@/lib/task-url";
import { api, type RouterOutputs } from "@/trpc/react";
import { useHourCycle } from "../../_components/hour-cycle";
import { useProjectsAndLabels } from "../../_components/sidebar/use-projects-and-labels";
import { CompleteCheckbox } from "../../_components/tasks/complete-checkbox";
import { firstRows, useRowLimit } from "../../_components/tasks/first-rows";
import { TaskListSkeleton } from "../../_components/tasks/task-list-skeleton";
import { groupCompletionsByDay } from "./group-completions";
import { useReopen } from "./use-reopen";

type Completion = RouterOutputs["task"]["completed"]["items"][number];

/**
 * Completed: every completion, newest first, under a heading per day of the user's zone. A completed
 * task can be reopened here; a repeating task's completed occurrence is history, shown read-only.
 */
export function CompletedView({ today, timeZone }: { today: string; timeZone: string }) {
  const list = api.task.completed.useInfiniteQuery({}, { getNextPageParam: (page) => page.nextCursor });
  const entries = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const days = useMemo(() => groupCompletionsByDay(entries, timeZone, today), [entries, timeZone, today]);
  const rowLimit = useRowLimit();
  const reopen = useReopen();
  const hourCycle = useHourCycle();
  const { projectById } = useProjectsAndLabels();
  const when = (instant: Date) => formatRecentInstant(instant, timeZone, today, hourCycle);

  return (
    <section aria-labelledby="tasks-heading" className="flex flex-col gap-4">
      <h1 id="tasks-heading" tabIndex={-1} className="text-2xl font-semibold">
        Completed
      </h1>
      {list.isPending ? (
        <TaskListSkeleton />
      ) : list.isError && entries.length === 0 ? (
        <div role="alert" className="flex flex-col items-start gap-3 rounded-md border border-danger p-4">
          <p>{withReference(`Couldn't load your completed tasks. ${list.error.message}`, list.error)}</p>
          <Button variant="secondary" onClick={() => void list.refetch()}>
            Try again
          </Button>
        </div>
      ) : entries.length === 0 ? (
        <div className="rounded-md border border-dashed border-border px-4 py-10 text-center text-muted">
          <p className="font-medium text-fg">No completed tasks yet.</p>
        </div>
      ) : (
        // The server draws the first rows (with their days' headings); the browser, every row once hydrated.
        firstRows(days, rowLimit, (day) => day.entries).map(({ section: day, rows }) =>
          rows.length === 0 ? null : (
            <div key={day.date} className="flex flex-col gap-1">
              <h2 className="text-sm font-semibold text-muted">{day.heading}</h2>
              <ul aria-label={day.heading} className="flex flex-col">
                {rows.map((entry) => (
                  <CompletionRow
                    key={entry.key}
                    entry={entry}
                    when={when(entry.completedAt)}
                    project={entry.task.projectId ? projectById.get(entry.task.projectId) : undefined}
                    onReopen={reopen}
                  />
                ))}
              </ul>
            </div>
          ),
        )
      )}
      {list.hasNextPage ? (
        <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      ) : null}
    </section>
  );
}

/** "Water plants — Completed 3 Dec, 15:30 (repeats)"; a completed task's box reopens it. */
function CompletionRow({
  entry,
  when,
  project,
  onReopen,
}: {
  entry: Completion;
  when: string;
  project: { name: string; color: ColorName } | undefined;
  onReopen(entry: Completion): void;
}) {
  const { task } = entry;
  const repeats = entry.occurrenceDate !== null;
  return (
    <li
      className="flex items-start gap-2 border-b border-border py-1"
      data-task-id={task.id}
      data-completion={repeats ? "occurrence" : "task"}
    >
      {repeats ? (
        <span className="inline-flex min-h-10 min-w-10 items-center justify-center text-muted">
          <Icon name="circle-check" className="size-5" />
        </span>
      ) : (
        <CompleteCheckbox
          title={task.title}
          checked
          onChange={(checked) => {
            if (!checked) onReopen(entry);
          }}
          size="row"
          priority={task.priority}
        />
      )}
      <div className="flex min-w-0 flex-1 flex-col py-2">
        <Link href={taskPath(task.id)} className="break-words text-muted line-through hover:underline">
          {task.title}
        </Link>
        <p className="flex flex-wrap items-center gap-x-3 text-xs text-muted">
          <span>
            Completed <time dateTime={entry.completedAt.toISOString()}>{when}</time>
            {repeats ? " (repeats)" : null}
          </span>
          {project ? (
            <span className="inline-flex items-center gap-1">
              <ColorDot color={project.color} className="size-2" />
              <span className="sr-only">Project:</span>
              {project.name}
            </span>
          ) : null}
        </p>
      </div>
    </li>
  );
}
