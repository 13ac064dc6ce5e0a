import "server-only";
import { importFormatInfo, importFormats, importLimits } from "@/lib/import/formats";
import { runImportInput } from "@/lib/schemas/import";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { runImport } from "./run";

export const importRouter = createTRPCRouter({
  /** The formats `/api/import` and `import.run` read, and the limits they keep. */
  formats: protectedProcedure.query(() => ({
    formats: importFormats.map((format) => ({ format, ...importFormatInfo[format] })),
    limits: importLimits,
  })),

  /**
   * The same import as `POST /api/import`, for a file small enough to travel inline (agents, scripts):
   * `preview` writes nothing; `import` writes it all in one transaction.
   */
  run: protectedProcedure.input(runImportInput).mutation(({ ctx, input }) =>
    runImport(ctx.db, ctx.user, {
      format: input.format,
      mode: input.mode,
      fileName: input.fileName,
      bytes:
        input.format === "todoist-backup"
          ? new Uint8Array(Buffer.from(input.content, "base64"))
          : new TextEncoder().encode(input.content),
      projectId: input.projectId ?? null,
    }),
  ),
});
