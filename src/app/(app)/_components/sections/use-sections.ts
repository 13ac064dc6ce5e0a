"use client";

import { toast } from "@/components/toast";
import { OPTIMISTIC_POSITION, UNDO_MS } from "@/lib/limits";
import { api } from "@/trpc/react";
import { reportChangeError } from "../change-errors";
import { useSidebarCache } from "../sidebar/sidebar-data";
import { useReadTaskListsBack } from "../tasks/use-read-task-lists-back";
import type { Section } from "./section-groups";

/**
 * A project's sections (`section.list`, prefetched with the page) and every change the list view makes to
 * them: shown at once in the cached list, put back with the server's words when refused, and refetched
 * afterwards. Collapsing is the member's own, kept with their membership (the sidebar's projects carry it).
 */
export function useSections(projectId: string, announce: (message: string) => void) {
  const utils = api.useUtils();
  const sidebar = useSidebarCache();
  const readTaskListsBack = useReadTaskListsBack();
  const input = { projectId };
  const list = api.section.list.useQuery(input);

  async function edit(change: (sections: Section[]) => Section[]) {
    await utils.section.list.cancel(input);
    const previous = utils.section.list.getData(input);
    utils.section.list.setData(input, (sections) => (sections ? change(sections) : sections));
    return previous;
  }
  const rollback = (error: unknown, previous: Section[] | undefined) => {
    if (previous) utils.section.list.setData(input, previous);
    reportChangeError(error);
  };
  const settle = () => utils.section.list.invalidate(input);

  const create = api.section.create.useMutation({
    onMutate: ({ id, name, afterId }) =>
      edit((sections) => {
        const added: Section = {
          id: id ?? crypto.randomUUID(),
          projectId,
          name: name.trim(),
          position: OPTIMISTIC_POSITION,
          createdAt: new Date(),
          updatedAt: new Date(),
        };
        const at = afterId === undefined ? sections.length : sections.findIndex((each) => each.id === afterId) + 1;
        return [...sections.slice(0, at), added, ...sections.slice(at)];
      }),
    onError: (error, _input, previous) => rollback(error, previous),
    onSuccess: (saved) => announce(`Added section “${saved.name}”.`),
    onSettled: settle,
  });

  const rename = api.section.update.useMutation({
    onMutate: ({ id, name }) =>
      edit((sections) => sections.map((each) => (each.id === id ? { ...each, name: name.trim() } : each))),
    onError: (error, _input, previous) => rollback(error, previous),
    onSettled: settle,
  });

  const restoreTasks = api.task.bulk.useMutation({
    onError: (error) => reportChangeError(error),
    onSettled: () => readTaskListsBack(),
  });

  const remove = api.section.delete.useMutation({
    onMutate: ({ id }) => edit((sections) => sections.filter((each) => each.id !== id)),
    onError: (error, _input, previous) => rollback(error, previous),
    onSuccess: (result, { id }) => {
      const name = list.data?.find((each) => each.id === id)?.name ?? "section";
      announce(`Deleted section “${name}”.`);
      if (result.trashedIds.length === 0) return;
      const count = result.trashedIds.length;
      toast(`Deleted section “${name}” and ${count} ${count === 1 ? "task" : "tasks"}`, {
        duration: UNDO_MS,
        action: {
          label: "Undo",
          // The tasks come back (in no section: the section is gone).
          onClick: () => restoreTasks.mutate({ ids: result.trashedIds, change: { action: "restore" } }),
        },
      });
    },
    onSettled: () => Promise.all([settle(), readTaskListsBack(), utils.sidebar.get.invalidate()]),
  });

  const setCollapsed = api.section.setCollapsed.useMutation({
    onMutate: ({ id, collapsed }) =>
      sidebar.edit("projects", (projects) =>
        projects.map((project) =>
          project.id === projectId
            ? {
                ...project,
                collapsedSectionIds: collapsed
                  ? [...project.collapsedSectionIds.filter((each) => each !== id), id]
                  : project.collapsedSectionIds.filter((each) => each !== id),
              }
            : project,
        ),
      ),
    onError: (error, _input, previous) => {
      sidebar.restore("projects", previous);
      reportChangeError(error);
    },
  });

  return {
    sections: list.data ?? [],
    create: (name: string, afterId?: string | null) =>
      create.mutate({ id: crypto.randomUUID(), projectId, name, ...(afterId === undefined ? {} : { afterId }) }),
    rename: (id: string, name: string) => rename.mutate({ id, name }),
    remove: (id: string, tasks: "move" | "delete") => remove.mutate({ id, tasks }),
    setCollapsed: (id: string, collapsed: boolean) => setCollapsed.mutate({ id, collapsed }),
  };
}
