"use client";

import { useMemo } from "react";
import { api } from "@/trpc/react";

/** The user's projects and labels from the cache the layout seeded (no extra request), with lookups by id. */
export function useOrganizers() {
  const projects = api.project.list.useQuery();
  const labels = api.label.list.useQuery();
  return useMemo(() => {
    const projectList = projects.data ?? [];
    const labelList = labels.data ?? [];
    return {
      projects: projectList,
      labels: labelList,
      projectById: new Map(projectList.map((project) => [project.id, project])),
      labelById: new Map(labelList.map((label) => [label.id, label])),
    };
  }, [projects.data, labels.data]);
}

export type Organizers = ReturnType<typeof useOrganizers>;
