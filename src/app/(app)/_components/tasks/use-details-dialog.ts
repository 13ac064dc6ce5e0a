"use client";

import { useState } from "react";
import { api } from "@/trpc/react";
import { reportFailure } from "./mutation-errors";
import type { Task } from "./task-pages";
import { useTaskFromUrl } from "./use-task-from-url";

/** Which task the details dialog shows: one of the list's, or a subtask (not in the list) read on its own. */
export function useDetailsDialog(tasks: readonly Task[]) {
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const utils = api.useUtils();
  const listed = tasks.find((task) => task.id === detailsId);
  const unlisted = api.task.byId.useQuery({ id: detailsId ?? "" }, { enabled: detailsId !== null && !listed });
  useTaskFromUrl(setDetailsId);

  /** A task that is not in this list (a subtask) is read first, so the dialog never shows an empty state. */
  function open(id: string) {
    if (tasks.some((task) => task.id === id)) setDetailsId(id);
    else {
      void utils.task.byId.fetch({ id }).then(
        () => setDetailsId(id),
        (error: unknown) => reportFailure(error, () => open(id)),
      );
    }
  }

  return {
    task: listed ?? (detailsId ? (unlisted.data ?? null) : null),
    open,
    /** Opens a task of the list (its details are already there). */
    show: setDetailsId,
    close: () => setDetailsId(null),
  };
}
