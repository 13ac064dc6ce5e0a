import { z } from "zod/mini";
import { colorName } from "./colors";

export const LABEL_NAME_MAX = 60;
export const LABELS_PER_TASK_MAX = 20;

export const labelId = z.uuid({ error: "Not a label id." });

/** Labels are single words or short phrases; "@" is how quick add marks them, so it is not part of a name. */
export const labelName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Enter a label name."),
    z.maxLength(LABEL_NAME_MAX, `Use at most ${LABEL_NAME_MAX} characters.`),
    z.regex(/^[^@,]+$/, "A label name cannot contain @ or commas."),
  );

export const createLabelInput = z.strictObject({
  id: z.optional(labelId),
  name: labelName,
  color: z._default(colorName, "gray"),
});

export const updateLabelInput = z
  .strictObject({ id: labelId, name: z.optional(labelName), color: z.optional(colorName) })
  .check(z.refine((input) => input.name !== undefined || input.color !== undefined, { error: "Nothing to change." }));

export const labelIdInput = z.strictObject({ id: labelId });

export const mergeLabelsInput = z
  .strictObject({
    /** The label that disappears; its tasks get `intoId` instead. */
    fromId: labelId,
    intoId: labelId,
  })
  .check(z.refine((input) => input.fromId !== input.intoId, { error: "Pick two different labels to merge." }));

export const labelIds = z
  .array(labelId)
  .check(z.maxLength(LABELS_PER_TASK_MAX, `A task can have at most ${LABELS_PER_TASK_MAX} labels.`));
