import { z } from "zod/mini";
import { importFormats, importModes } from "@/lib/import/formats";
import { projectId } from "./project";

/**
 * A file sent inline to `import.run` (agents, scripts): it travels inside a tRPC call, whose body is at most
 * 128 kB, so it is smaller than the 10 MB `POST /api/import` takes. A zip (todoist-backup) is sent as base64.
 */
export const IMPORT_INLINE_MAX_CHARS = 100_000;

export const importFormat = z.enum(importFormats);

export const runImportInput = z.strictObject({
  format: importFormat,
  mode: z.enum(importModes),
  /** Names the new project (a Todoist CSV's file name without `.csv`) and the messages. */
  fileName: z.string().check(z.trim(), z.minLength(1, "Name the file."), z.maxLength(200)),
  content: z
    .string()
    .check(
      z.minLength(1, "The file is empty."),
      z.maxLength(
        IMPORT_INLINE_MAX_CHARS,
        `Send at most ${IMPORT_INLINE_MAX_CHARS.toLocaleString("en")} characters here; upload larger files to /api/import.`,
      ),
    ),
  projectId: z.optional(projectId),
});
