"use client";

import type { ProjectLayout } from "@/lib/project-roles";
import { api } from "@/trpc/react";
import { reportChangeError } from "../change-errors";
import { useSidebarCache } from "../sidebar/sidebar-data";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";

/**
 * How the user looks at a project (null: not a project's page), list or board: their own choice, kept with their membership
 * (the sidebar's projects carry it; the page's `initial` is the same value read on the server). A switch shows at
 * once and is put back, with the server's words, when refused. While it is being saved the switch itself is
 * shown, whatever the cache holds: a read the server made before it was saved (a live update's refresh of the
 * page) can land in the cache meanwhile, and showing that would swap the board for the list and back, losing
 * what was open in it. Once saved, the answer is written into the cache, newer than any such read, and the
 * shell is read again (a refetch the write stopped may have carried other news).
 */
export function useProjectLayout(projectId: string | null, initial: ProjectLayout = "list") {
  const utils = api.useUtils();
  const sidebar = useSidebarCache();
  const { projectById } = useProjectsAndLabels();
  const withLayout = (id: string, layout: ProjectLayout) =>
    sidebar.edit("projects", (projects) =>
      projects.map((project) => (project.id === id ? { ...project, layout } : project)),
    );
  const setLayout = api.project.setLayout.useMutation({
    onMutate: ({ projectId: id, layout: next }) => withLayout(id, next),
    onSuccess: async (_saved, { projectId: id, layout: saved }) => {
      await withLayout(id, saved);
      void utils.sidebar.get.invalidate();
    },
    onError: (error, _input, previous) => {
      sidebar.restore("projects", previous);
      reportChangeError(error);
    },
  });
  const saving = setLayout.isPending && setLayout.variables.projectId === projectId ? setLayout.variables.layout : null;
  const layout = saving ?? (projectId === null ? undefined : projectById.get(projectId)?.layout) ?? initial;
  return {
    layout,
    setLayout: (next: ProjectLayout) => {
      if (projectId && next !== layout) setLayout.mutate({ projectId, layout: next });
    },
  };
}
