"use client";

import { useQueryClient } from "@tanstack/react-query";
import { getQueryKey } from "@trpc/react-query";
import { useCallback } from "react";
import { api } from "@/trpc/react";
import { readBackAfterTaskChanges } from "./task-scopes";

const taskLists = getQueryKey(api.task.list);

/**
 * Has every task list read back after a change that moves tasks without editing the cached lists itself,
 * once no task change is unanswered (readBackAfterTaskChanges). `fromTaskChange`: called by a task change
 * of its own as it settles.
 */
export function useReadTaskListsBack() {
  const queryClient = useQueryClient();
  return useCallback(
    (fromTaskChange = false) => readBackAfterTaskChanges(queryClient, taskLists, fromTaskChange),
    [queryClient],
  );
}
