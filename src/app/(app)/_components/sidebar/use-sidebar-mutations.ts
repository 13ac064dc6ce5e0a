"use client";

import { usePathname, useRouter } from "next/navigation";
import { reportChangeError } from "@/app/(app)/_components/change-errors";
import { OPTIMISTIC_POSITION } from "@/lib/limits";
import type { ColorName } from "@/lib/schemas/colors";
import { api } from "@/trpc/react";
import { pendingCreates, whenSaved } from "../pending-creates";
import { useReadTaskListsBack } from "../tasks/use-read-task-lists-back";
import { appRoute } from "./app-route";
import { useSidebarCache } from "./sidebar-data";
import type { SidebarLabel, SidebarProject } from "./use-projects-and-labels";

export type MoveDirection = "up" | "down";
/** The fields of an edit that changed (at least one). */
export type NameAndColor = { name?: string; color?: ColorName };

/** Server order for labels (lower(name), then id), so an optimistic row lands where it will stay. */
function byLabelName(a: SidebarLabel, b: SidebarLabel): number {
  const left = a.name.toLowerCase();
  const right = b.name.toLowerCase();
  if (left !== right) return left < right ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Only the fields an edit sets (an absent one keeps the row's value). */
function definedChanges<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Is the user looking at this item's page (or one below it)? */
function isViewing(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}

/**
 * Every change the sidebar makes to projects and labels. Renames, colours, archiving, reordering and
 * creating show at once in the cached lists; a failure puts the list back and toasts the server's
 * words. Afterwards the sidebar's read and the task lists (rows show project and label names) are refetched.
 */
export function useSidebarMutations() {
  const utils = api.useUtils();
  const readTaskListsBack = useReadTaskListsBack();
  const sidebar = useSidebarCache();
  const router = useRouter();
  const pathname = usePathname();

  const editProjects = (change: (list: SidebarProject[]) => SidebarProject[]) => sidebar.edit("projects", change);
  const editLabels = (change: (list: SidebarLabel[]) => SidebarLabel[]) => sidebar.edit("labels", change);

  const rollbackProjects = (error: unknown, previous: SidebarProject[] | undefined) => {
    sidebar.restore("projects", previous);
    reportChangeError(error);
  };
  const rollbackLabels = (error: unknown, previous: SidebarLabel[] | undefined) => {
    sidebar.restore("labels", previous);
    reportChangeError(error);
  };

  // Task rows read project and label names and colours from the sidebar's read, so most changes refresh
  // only it. Deleting and merging change the tasks themselves: those refresh the task lists too (a
  // refetch of a list while the user is adding tasks to it is worth avoiding).
  const settle = () => utils.sidebar.get.invalidate();
  const settleWithTasks = () => Promise.all([utils.sidebar.get.invalidate(), readTaskListsBack()]);

  const createProject = api.project.create.useMutation({
    onMutate: (input) =>
      editProjects((list) => [
        ...list,
        {
          id: input.id ?? crypto.randomUUID(),
          name: input.name,
          color: input.color ?? "gray",
          position: OPTIMISTIC_POSITION,
          role: "owner",
          layout: "list",
          collapsedSectionIds: [],
          archived: false,
          openTaskCount: 0,
          updatedAt: new Date(),
        },
      ]),
    onError: (error, _input, previous) => rollbackProjects(error, previous),
    onSettled: (_project, error, input) => {
      if (input.id) pendingCreates.remove(input.id, !error);
      return settle();
    },
  });

  const updateProject = api.project.update.useMutation({
    onMutate: ({ id, ...changes }) =>
      editProjects((list) =>
        list.map((project) => (project.id === id ? { ...project, ...definedChanges(changes) } : project)),
      ),
    onError: (error, _input, previous) => rollbackProjects(error, previous),
    onSettled: settle,
  });

  const reorderProject = api.project.reorder.useMutation({
    onError: (error) => reportChangeError(error),
    onSettled: settle,
  });

  const deleteProject = api.project.delete.useMutation({
    onSuccess: (_result, input) => {
      sidebar.set("projects", (list) => list.filter((project) => project.id !== input.id));
      if (isViewing(pathname, `/projects/${input.id}`)) router.push("/");
    },
    onSettled: settleWithTasks,
  });

  const createLabel = api.label.create.useMutation({
    onMutate: (input) =>
      editLabels((list) =>
        [
          ...list,
          {
            id: input.id ?? crypto.randomUUID(),
            name: input.name,
            color: input.color ?? "gray",
            openTaskCount: 0,
            updatedAt: new Date(),
          },
        ].sort(byLabelName),
      ),
    onError: (error, _input, previous) => rollbackLabels(error, previous),
    onSettled: (_label, error, input) => {
      if (input.id) pendingCreates.remove(input.id, !error);
      return settle();
    },
  });

  const updateLabel = api.label.update.useMutation({
    onMutate: ({ id, ...changes }) =>
      editLabels((list) =>
        list.map((label) => (label.id === id ? { ...label, ...definedChanges(changes) } : label)).sort(byLabelName),
      ),
    onError: (error, _input, previous) => rollbackLabels(error, previous),
    onSettled: settle,
  });

  const mergeLabel = api.label.merge.useMutation({
    onSuccess: (_result, input) => {
      sidebar.set("labels", (list) => list.filter((label) => label.id !== input.fromId));
      if (isViewing(pathname, `/labels/${input.fromId}`)) router.push(appRoute(`/labels/${input.intoId}`));
    },
    onSettled: settleWithTasks,
  });

  const deleteLabel = api.label.delete.useMutation({
    onSuccess: (_result, input) => {
      sidebar.set("labels", (list) => list.filter((label) => label.id !== input.id));
      if (isViewing(pathname, `/labels/${input.id}`)) router.push("/");
    },
    onSettled: settleWithTasks,
  });

  /**
   * Moves an active project one place up or down among the active ones (archived projects keep
   * their keys in between, which is fine: the server places it just before/after the neighbour).
   * Returns false when it is already at that end.
   */
  async function moveProject(id: string, direction: MoveDirection): Promise<boolean> {
    const list = sidebar.read("projects") ?? [];
    const active = list.filter((project) => !project.archived);
    const index = active.findIndex((project) => project.id === id);
    const neighbour = active[direction === "up" ? index - 1 : index + 1];
    const moving = active[index];
    if (!moving || !neighbour) return false;
    const previous = await editProjects((current) => {
      const without = current.filter((project) => project.id !== id);
      const at = without.findIndex((project) => project.id === neighbour.id);
      without.splice(direction === "up" ? at : at + 1, 0, moving);
      return without;
    });
    reorderProject.mutate(direction === "up" ? { id, beforeId: neighbour.id } : { id, afterId: neighbour.id }, {
      onError: () => sidebar.restore("projects", previous),
    });
    return true;
  }

  return {
    /** A new project opens once it is saved (it shows in the sidebar at once). */
    createProject: (name: string, color: ColorName) => {
      const id = newPendingId();
      createProject.mutate({ id, name, color });
      void whenSaved(id).then((saved) => {
        if (saved) router.push(appRoute(`/projects/${id}`));
      });
    },
    editProject: (id: string, changes: NameAndColor) => updateProject.mutate({ id, ...changes }),
    setProjectArchived: (id: string, archived: boolean) => updateProject.mutate({ id, archived }),
    moveProject,
    /** Resolves once deleted (the dialog waits for it); rejects with the server's error. */
    deleteProject: (id: string, tasks: "moveToInbox" | "delete") => deleteProject.mutateAsync({ id, tasks }),
    createLabel: (name: string, color: ColorName) => createLabel.mutate({ id: newPendingId(), name, color }),
    editLabel: (id: string, changes: NameAndColor) => updateLabel.mutate({ id, ...changes }),
    mergeLabel: (fromId: string, intoId: string) => mergeLabel.mutateAsync({ fromId, intoId }),
    deleteLabel: (id: string) => deleteLabel.mutateAsync({ id }),
  };
}

/** An id for a new project or label, pending until the server answers (its link waits for that). */
function newPendingId(): string {
  const id = crypto.randomUUID();
  pendingCreates.add(id);
  return id;
}
