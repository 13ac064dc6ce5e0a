import { z } from "zod/mini";
import { importFormats, importModes } from "@/lib/import/formats";
import { IMPORT_MAX_BYTES, IMPORT_MAX_REQUEST_BYTES } from "@/lib/limits";
import { requestIdFrom } from "@/lib/request-id";
import { projectId } from "@/lib/schemas/project";
import { auth } from "@/server/auth/auth";
import { timeZoneOf } from "@/server/auth/time-zone";
import { trustedOrigins } from "@/server/auth/urls";
import { db } from "@/server/db";
import { DomainError, type DomainErrorKind } from "@/server/domain-errors";
import { runImport } from "@/server/modules/import/run";
import { runInRequestScope, serverTiming } from "@/server/request-scope";
import { readBodyWithLimit } from "@/server/trpc/http-guards";

export const dynamic = "force-dynamic";
/** 20,000 tasks take about 15 s to write on a busy 2-core machine (README, Import): room on serverless hosts. */
export const maxDuration = 60;

const fields = z.object({
  format: z.enum(importFormats, { error: `Choose a format: ${importFormats.join(", ")}.` }),
  mode: z.enum(importModes, { error: "Say preview or import." }),
  projectId: z.optional(projectId),
});

const statusOf: Record<DomainErrorKind, number> = { invalid: 400, notFound: 404, forbidden: 403, conflict: 409 };

/**
 * `POST /api/import`: a Todoist CSV, a Todoist backup zip or a Tasklane export, as multipart/form-data
 * (`format`, `file`, `mode`, optional `projectId`), from a signed-in browser on our own origin. A form post is
 * what another site can send without asking, so the Origin header must be present and ours. Answers
 * `{ counts, problems, rows, projects }`, or `{ error: { message } }` naming the line of a malformed file.
 */
export function POST(request: Request) {
  return runInRequestScope(requestIdFrom(request.headers), async (scope) => {
    const refuse = (status: number, message: string) =>
      Response.json(
        { error: { message } },
        { status, headers: { "server-timing": serverTiming(scope), "cache-control": "no-store" } },
      );

    const origin = request.headers.get("origin");
    if (!origin || !trustedOrigins.includes(origin)) return refuse(403, "Cross-origin request refused.");
    const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (contentType !== "multipart/form-data") return refuse(415, "Send the file as multipart/form-data.");
    const session = await auth.api.getSession({ headers: request.headers });
    if (!session) return refuse(401, "Sign in to import.");

    const body = await readBodyWithLimit(request, IMPORT_MAX_REQUEST_BYTES);
    if (!body) return refuse(413, `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`);
    let form: FormData;
    try {
      form = await new Request(request.url, { method: "POST", headers: request.headers, body }).formData();
    } catch {
      return refuse(400, "Malformed form data.");
    }
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return refuse(400, "Choose a file to import.");
    const parsed = fields.safeParse({
      format: form.get("format") ?? undefined,
      mode: form.get("mode") ?? undefined,
      projectId: form.get("projectId") || undefined,
    });
    if (!parsed.success) return refuse(400, parsed.error.issues[0]?.message ?? "Malformed form data.");

    try {
      const answer = await runImport(
        db,
        { id: session.user.id, timeZone: timeZoneOf(session.user) },
        {
          format: parsed.data.format,
          mode: parsed.data.mode,
          fileName: file.name || "Imported",
          bytes: new Uint8Array(await file.arrayBuffer()),
          projectId: parsed.data.projectId ?? null,
        },
      );
      return Response.json(answer, { headers: { "server-timing": serverTiming(scope), "cache-control": "no-store" } });
    } catch (error) {
      if (error instanceof DomainError) return refuse(statusOf[error.kind], error.message);
      throw error;
    }
  });
}
