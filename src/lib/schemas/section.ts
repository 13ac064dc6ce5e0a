import { z } from "zod/mini";

export const SECTION_NAME_MAX = 120;

export const sectionId = z.uuid({ error: "Not a section id." });

export const sectionName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Enter a section name."),
    z.maxLength(SECTION_NAME_MAX, `Use at most ${SECTION_NAME_MAX} characters.`),
  );
