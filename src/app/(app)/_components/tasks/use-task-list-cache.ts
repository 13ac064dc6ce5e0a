"use client";

import { api } from "@/trpc/react";
import { useSignedInUserId } from "../signed-in-user";
import { archivedProjectIds, matchesView, type TaskListInput, type ViewContext } from "./task-list-input";
import { flattenPages, removeTask, replaceTask, type Task, type TaskPages } from "./task-pages";

/** The cached pages of one task list (a view, or a parent's subtasks), read and edited for optimistic changes. */
export function useTaskListCache(input: TaskListInput) {
  const utils = api.useUtils();
  const me = useSignedInUserId();

  const read = () => utils.task.list.getInfiniteData(input);
  const current = (id: string) => flattenPages(read()).find((task) => task.id === id);
  const indexOf = (id: string) => flattenPages(read()).findIndex((task) => task.id === id);
  const edit = (change: (data: TaskPages) => TaskPages) =>
    utils.task.list.setInfiniteData(input, (data) => (data ? change(data) : data));

  /** What decides whether a task belongs in this list besides the task itself; `listed`: its copy in the list. */
  const viewContext = (listed: Task | undefined): ViewContext => ({
    archivedProjectIds: archivedProjectIds(utils.sidebar.get.getData()?.projects),
    listed,
    me,
  });

  const belongs = (task: Task, listed: Task | undefined) => matchesView(task, input, viewContext(listed));

  /** Puts a task's new state in the list, or takes it out when it no longer belongs to this list. */
  const place = (data: TaskPages, task: Task) => {
    const listed = flattenPages(data).find((item) => item.id === task.id);
    return belongs(task, listed) ? replaceTask(data, task) : removeTask(data, task.id);
  };

  /** Every other list refetches if it is on screen (a parent's subtasks), and so do the sidebar's counts. */
  function markOthersStale() {
    const shown = read();
    void utils.task.list.invalidate(undefined, { predicate: (query) => query.state.data !== shown });
    void utils.task.byId.invalidate();
    void utils.sidebar.get.invalidate();
  }

  return {
    input,
    read,
    current,
    indexOf,
    edit,
    belongs,
    place,
    markOthersStale,
    /** Stops this list's fetch in flight, so it cannot land over an optimistic change with older data. */
    cancel: () => void utils.task.list.cancel(input),
    /** Refetches this list (`all`: every task list). */
    refetch: (all = false) => void utils.task.list.invalidate(all ? undefined : input),
  };
}

export type TaskListCache = ReturnType<typeof useTaskListCache>;
