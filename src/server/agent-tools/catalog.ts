import "server-only";
import { z } from "zod";
import { defineTool } from "./definition";
import { labelsOutput, projectsOutput } from "./outputs";

export const listProjects = defineTool({
  name: "list_projects",
  title: "List projects",
  description: "Lists the user's projects in sidebar order, with their open-task counts. The Inbox is not a project.",
  input: z.strictObject({}),
  output: projectsOutput,
  scope: "tasks:read",
  annotations: { readOnly: true, destructive: false },
  async run(caller) {
    const projects = await caller.project.list();
    return {
      projects: projects.map(({ id, name, color, archived, openTaskCount }) => ({
        id,
        name,
        color,
        archived,
        openTaskCount,
      })),
    };
  },
});

export const listLabels = defineTool({
  name: "list_labels",
  title: "List labels",
  description: "Lists the user's labels by name.",
  input: z.strictObject({}),
  output: labelsOutput,
  scope: "tasks:read",
  annotations: { readOnly: true, destructive: false },
  async run(caller) {
    const labels = await caller.label.list();
    return { labels: labels.map(({ id, name, color }) => ({ id, name, color })) };
  },
});
