import { z } from "zod/mini";
import { projectId } from "./project";

export const SECTION_NAME_MAX = 120;
/** Far more sections than a project needs: there to stop a script from filling one. */
export const SECTIONS_PER_PROJECT_MAX = 500;

export const sectionId = z.uuid({ error: "Not a section id." });

export const sectionName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Enter a section name."),
    z.maxLength(SECTION_NAME_MAX, `Use at most ${SECTION_NAME_MAX} characters.`),
  );

export const listSectionsInput = z.strictObject({ projectId });

export const createSectionInput = z
  .strictObject({
    /** Optional client-made id, so an optimistic section keeps its identity once saved. */
    id: z.optional(sectionId),
    projectId,
    name: sectionName,
    /** The section it goes right after (null: first); absent: last. */
    afterId: z.nullish(sectionId),
  })
  .check(
    z.refine((input) => input.afterId !== input.id || input.id === undefined, {
      error: "A section cannot go after itself.",
    }),
  );

export const updateSectionInput = z.strictObject({ id: sectionId, name: sectionName });

export const reorderSectionInput = z
  .strictObject({
    id: sectionId,
    /** The section it now follows (null/absent: it goes first, or before `beforeId`). */
    afterId: z.nullish(sectionId),
    /** The section it now precedes (null/absent: it goes last, or after `afterId`). */
    beforeId: z.nullish(sectionId),
  })
  .check(
    z.refine((input) => input.afterId !== input.id && input.beforeId !== input.id, {
      error: "A section cannot move next to itself.",
    }),
  );

/** Collapses (or expands) the section in the caller's own view of its project's list. */
export const setSectionCollapsedInput = z.strictObject({ id: sectionId, collapsed: z.boolean() });

export const deleteSectionInput = z.strictObject({
  id: sectionId,
  /** What happens to its tasks: moved out of the section (kept in the project), or deleted with it (to the trash). */
  tasks: z.enum(["move", "delete"], { error: 'Say whether to "move" its tasks out or "delete" them too.' }),
});
