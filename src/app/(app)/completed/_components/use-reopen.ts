"use client";

import { useQueryClient } from "@tanstack/react-query";
import { api, type RouterOutputs } from "@/trpc/react";
import { useAnnounce } from "../../_components/keyboard/announcer";
import { reportFailure } from "../../_components/tasks/mutation-errors";
import { isLastTaskChange, startMutation, taskScope } from "../../_components/tasks/task-scopes";
import { useReadTaskListsBack } from "../../_components/tasks/use-read-task-lists-back";

type Completion = RouterOutputs["task"]["completed"]["items"][number];
type Snapshot = ReturnType<ReturnType<typeof api.useUtils>["task"]["completed"]["getInfiniteData"]>;

/** Reopens a completed task from Completed: it leaves the list at once, and comes back if the server refuses. */
export function useReopen() {
  const queryClient = useQueryClient();
  const utils = api.useUtils();
  const readTaskListsBack = useReadTaskListsBack();
  const announce = useAnnounce();

  return function reopen(entry: Completion) {
    void startMutation<unknown, void, Snapshot>(
      queryClient,
      {
        mutationKey: ["task", "setCompleted"],
        scope: taskScope(entry.task.id),
        onMutate: async () => {
          await utils.task.completed.cancel();
          const before = utils.task.completed.getInfiniteData({});
          utils.task.completed.setInfiniteData({}, (data) =>
            data
              ? {
                  ...data,
                  pages: data.pages.map((page) => ({
                    ...page,
                    items: page.items.filter((item) => item.key !== entry.key),
                  })),
                }
              : data,
          );
          return before;
        },
        mutationFn: () => utils.client.task.setCompleted.mutate({ id: entry.task.id, completed: false }),
        onSuccess: () => announce(`Reopened “${entry.task.title}”.`),
        onError: (error, _variables, before) => {
          utils.task.completed.setInfiniteData({}, () => before);
          reportFailure(error, () => reopen(entry));
        },
        onSettled: () => {
          // The reopened task is back in its lists (read once every task change is answered).
          void readTaskListsBack(true);
          if (!isLastTaskChange(queryClient)) return;
          void utils.task.completed.invalidate();
          void utils.sidebar.get.invalidate();
        },
      },
      undefined,
    );
  };
}
