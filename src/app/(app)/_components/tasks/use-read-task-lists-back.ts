"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { api } from "@/trpc/react";
import { taskListsRefetch } from "./task-scopes";

/**
 * Has every task list read back after a change that moves tasks without editing the cached lists itself:
 * all are marked stale, and those on screen refetch now only when no task change is unanswered
 * (taskListsRefetch). `fromTaskChange`: called by a task change of its own as it settles.
 */
export function useReadTaskListsBack() {
  const queryClient = useQueryClient();
  const utils = api.useUtils();
  return useCallback(
    (fromTaskChange = false) =>
      utils.task.list.invalidate(undefined, { refetchType: taskListsRefetch(queryClient, fromTaskChange) }),
    [queryClient, utils],
  );
}
