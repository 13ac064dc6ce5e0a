import "server-only";
import { z } from "zod/mini";
import { defineTool } from "./define";
import { labelListOutput, projectListOutput } from "./schemas";

const noArgs = z.strictObject({});

export const catalogTools = [
  defineTool({
    name: "list_projects",
    title: "List projects",
    description:
      "The user's projects in sidebar order, with their open-task counts (counted up to 100: 100 means 100 or more) and the user's role in each (owner, editor: may change its tasks, viewer: may only read them). Tasks without a project are in the Inbox.",
    scope: "tasks:read",
    input: noArgs,
    output: projectListOutput,
    annotations: { readOnlyHint: true },
    async run(_args, { api }) {
      const projects = await api.project.list();
      return {
        projects: projects.map(({ id, name, color, archived, openTaskCount, role }) => ({
          id,
          name,
          color,
          archived,
          open_tasks: openTaskCount,
          role,
        })),
      };
    },
  }),

  defineTool({
    name: "list_labels",
    title: "List labels",
    description: "The user's labels by name, with their open-task counts (counted up to 100: 100 means 100 or more).",
    scope: "tasks:read",
    input: noArgs,
    output: labelListOutput,
    annotations: { readOnlyHint: true },
    async run(_args, { api }) {
      const labels = await api.label.list();
      return {
        labels: labels.map(({ id, name, color, openTaskCount }) => ({ id, name, color, open_tasks: openTaskCount })),
      };
    },
  }),
];
