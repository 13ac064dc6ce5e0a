"use client";

import type { ProjectLayout } from "@/lib/project-roles";
import { api } from "@/trpc/react";
import { reportChangeError } from "../change-errors";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";

/**
 * How the user looks at a project (null: not a project's page), list or board: their own choice, kept with their membership
 * (`project.list` carries it; the page's `initial` is the same value read on the server). A switch shows at
 * once and is put back, with the server's words, when refused.
 */
export function useProjectLayout(projectId: string | null, initial: ProjectLayout = "list") {
  const utils = api.useUtils();
  const { projectById } = useProjectsAndLabels();
  const layout = (projectId === null ? undefined : projectById.get(projectId)?.layout) ?? initial;
  const setLayout = api.project.setLayout.useMutation({
    onMutate: async ({ layout: next }) => {
      await utils.project.list.cancel();
      const previous = utils.project.list.getData();
      utils.project.list.setData(undefined, (projects) =>
        projects?.map((project) => (project.id === projectId ? { ...project, layout: next } : project)),
      );
      return previous;
    },
    onError: (error, _input, previous) => {
      if (previous) utils.project.list.setData(undefined, previous);
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
