"use client";

import type { ProjectLayout } from "@/lib/project-roles";
import { api } from "@/trpc/react";
import { reportChangeError } from "../change-errors";
import { useSidebarCache } from "../sidebar/sidebar-data";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";

/**
 * How the user looks at a project (null: not a project's page), list or board: their own choice, kept with their membership
 * (the sidebar's projects carry it; the page's `initial` is the same value read on the server). A switch shows at
 * once and is put back, with the server's words, when refused.
 */
export function useProjectLayout(projectId: string | null, initial: ProjectLayout = "list") {
  const sidebar = useSidebarCache();
  const { projectById } = useProjectsAndLabels();
  const layout = (projectId === null ? undefined : projectById.get(projectId)?.layout) ?? initial;
  const setLayout = api.project.setLayout.useMutation({
    onMutate: ({ layout: next }) =>
      sidebar.edit("projects", (projects) =>
        projects.map((project) => (project.id === projectId ? { ...project, layout: next } : project)),
      ),
    onError: (error, _input, previous) => {
      sidebar.restore("projects", previous);
      reportChangeError(error);
    },
  });
  return {
    layout,
    setLayout: (next: ProjectLayout) => {
      if (projectId && next !== layout) setLayout.mutate({ projectId, layout: next });
    },
  };
}
