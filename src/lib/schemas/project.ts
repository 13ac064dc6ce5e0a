import { z } from "zod/mini";
import { projectLayouts } from "../project-roles";
import { colorName } from "./colors";

export const PROJECT_NAME_MAX = 120;

export const projectId = z.uuid({ error: "Not a project id." });

export const projectName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Enter a project name."),
    z.maxLength(PROJECT_NAME_MAX, `Use at most ${PROJECT_NAME_MAX} characters.`),
  );

export const createProjectInput = z.strictObject({
  /** Optional client-made id, so an optimistic row keeps its identity once saved. */
  id: z.optional(projectId),
  name: projectName,
  color: z._default(colorName, "gray"),
});

export const updateProjectInput = z
  .strictObject({
    id: projectId,
    name: z.optional(projectName),
    color: z.optional(colorName),
    archived: z.optional(z.boolean()),
  })
  .check(
    z.refine((input) => [input.name, input.color, input.archived].some((value) => value !== undefined), {
      error: "Nothing to change.",
    }),
  );

export const projectIdInput = z.strictObject({ id: projectId });

/** How the caller looks at the project (their own choice; other members keep theirs). */
export const setProjectLayoutInput = z.strictObject({
  projectId,
  layout: z.enum(projectLayouts, { error: 'Choose "list" or "board".' }),
});

export const deleteProjectInput = z.strictObject({
  id: projectId,
  /** What happens to the project's tasks: moved to the Inbox, or deleted for good with it. */
  tasks: z.enum(["moveToInbox", "delete"], { error: "Say whether to move the tasks to the Inbox or delete them." }),
});

export const reorderProjectInput = z
  .strictObject({
    id: projectId,
    afterId: z.nullish(projectId),
    beforeId: z.nullish(projectId),
  })
  .check(
    z.refine((input) => input.afterId !== input.id && input.beforeId !== input.id, {
      error: "A project cannot move next to itself.",
    }),
  );
