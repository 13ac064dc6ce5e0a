"use client";

import { useMemo } from "react";
import { type SidebarData, useSidebarData } from "./sidebar-data";

export type SidebarProject = SidebarData["projects"][number];
export type SidebarLabel = SidebarData["labels"][number];

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
 * The user's projects and labels from the shell's cached read (`sidebar.get`, which the app layout
 * prefetches, so under it this makes no request of its own); empty only while it loads outside that layout.
 */
export function useProjectsAndLabels(): ProjectsAndLabels {
  // One observer for both parts: a page renders this in several places (issue #20).
  const shell = useSidebarData();
  const projects = shell?.projects ?? NO_PROJECTS;
  const labels = shell?.labels ?? NO_LABELS;
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
