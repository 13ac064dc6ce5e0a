"use client";

import { useMemo } from "react";
import { api, type RouterOutputs } from "@/trpc/react";

export type SidebarProject = RouterOutputs["project"]["list"][number];
export type SidebarLabel = RouterOutputs["label"]["list"][number];

export interface ProjectsAndLabels {
  /** Every project in sidebar order, archived ones included (see `archived`). */
  projects: SidebarProject[];
  /** Every label, by name. */
  labels: SidebarLabel[];
  projectById: Map<string, SidebarProject>;
  labelById: Map<string, SidebarLabel>;
}

const NO_PROJECTS: SidebarProject[] = [];
const NO_LABELS: SidebarLabel[] = [];

/**
 * The user's projects and labels from the cached `project.list` / `label.list` queries. The app
 * layout prefetches both (same inputs), so under it this makes no request of its own; the lists are
 * empty only while a query is loading outside that layout.
 */
export function useProjectsAndLabels(): ProjectsAndLabels {
  const projects = api.project.list.useQuery().data ?? NO_PROJECTS;
  const labels = api.label.list.useQuery().data ?? NO_LABELS;
  return useMemo(
    () => ({
      projects,
      labels,
      projectById: new Map(projects.map((project) => [project.id, project])),
      labelById: new Map(labels.map((label) => [label.id, label])),
    }),
    [projects, labels],
  );
}
