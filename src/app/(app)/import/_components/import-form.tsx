"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { z } from "zod/mini";
import { appRoute } from "@/app/(app)/_components/sidebar/app-route";
import { mutationResult, useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import type { ImportAnswer } from "@/lib/import/answer";
import { type ImportFormat, importFormats } from "@/lib/import/formats";
import { type UploadRequest, uploadImport } from "@/lib/import/upload";
import { ImportResults } from "./import-results";

type FormatChoice = { format: ImportFormat; name: string; accept: string; intoProject: boolean };

const previewSchema = z.object({
  format: z.enum(importFormats, { error: "Choose a format." }),
  file: z.custom<File>((value) => value instanceof File && value.size > 0, { error: "Choose a file to import." }),
  projectId: z.optional(z.string()),
});

/** Where the request is: sending the file (with how much is sent), then the server reading or writing it. */
type Phase = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "server"; writing: boolean };

/**
 * Choose a format, a file and (for a Todoist CSV) a project; Preview shows what the file holds and every
 * problem with its line; Import writes it, all of it or nothing, and links to what was made.
 */
export function ImportForm({
  formats,
  projects,
}: {
  formats: FormatChoice[];
  projects: { id: string; name: string }[];
}) {
  const [format, setFormat] = useState<ImportFormat>("todoist-csv");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [previewed, setPreviewed] = useState<{ request: UploadRequest; answer: ImportAnswer } | null>(null);
  const [imported, setImported] = useState<{ answer: ImportAnswer; projectId: string | null } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const choice = formats.find((each) => each.format === format) ?? formats[0];

  const send = (request: UploadRequest) => {
    setPhase({ kind: "uploading", percent: 0 });
    return uploadImport(
      request,
      (fraction) => setPhase({ kind: "uploading", percent: Math.round(fraction * 100) }),
      () => setPhase({ kind: "server", writing: request.mode === "import" }),
    ).finally(() => setPhase({ kind: "idle" }));
  };

  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: previewSchema,
    values: (form) => ({
      format: form.get("format"),
      file: form.get("file"),
      projectId: (form.get("projectId") as string | null) || undefined,
    }),
    submit: (input) => {
      const request: UploadRequest = {
        format: input.format,
        mode: "preview",
        file: input.file,
        projectId: choice?.intoProject ? (input.projectId ?? null) : null,
      };
      setPreviewed(null);
      setImported(null);
      setImportError(null);
      return mutationResult(send(request).then((answer) => ({ request, answer })));
    },
    describe: (error) => (error instanceof Error ? error.message : "The preview failed."),
    afterSuccess: "stay",
    onSuccess: (result) => {
      if (result) setPreviewed(result);
    },
  });

  async function runImport() {
    if (!previewed) return;
    setImportError(null);
    try {
      const answer = await send({ ...previewed.request, mode: "import" });
      setImported({ answer, projectId: previewed.request.projectId });
      setPreviewed(null);
      // The new projects, in the sidebar and in "Into", without a reload.
      router.refresh();
    } catch (error) {
      setImportError(error instanceof Error ? error.message : "The import failed.");
    }
  }

  // The outcome takes the focus, so a keyboard or screen-reader user lands on it.
  const outcome = imported ?? previewed ?? formError ?? importError;
  useEffect(() => {
    if (outcome) resultsRef.current?.focus();
  }, [outcome]);

  const busy = pending || phase.kind !== "idle";
  return (
    <div className="flex flex-col gap-6">
      <form {...formProps} className="flex max-w-md flex-col gap-4">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Format</legend>
          {formats.map((each) => (
            <label key={each.format} className="flex min-h-10 items-center gap-2 text-sm">
              <input
                type="radio"
                name="format"
                value={each.format}
                checked={format === each.format}
                onChange={() => {
                  setFormat(each.format);
                  setPreviewed(null);
                }}
                className="size-4"
              />
              {each.name}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium">
            File
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept={choice?.accept}
            onChange={() => setPreviewed(null)}
            aria-invalid={fieldErrors.file ? true : undefined}
            aria-describedby={fieldErrors.file ? "import-file-error" : undefined}
            className="text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:text-fg"
          />
          {fieldErrors.file ? (
            <p id="import-file-error" role="alert" className="text-sm text-danger">
              {fieldErrors.file}
            </p>
          ) : null}
        </div>
        {choice?.intoProject ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="import-project" className="text-sm font-medium">
              Into
            </label>
            <select
              id="import-project"
              name="projectId"
              defaultValue=""
              onChange={() => setPreviewed(null)}
              className="min-h-10 rounded-md border border-border bg-bg px-3 text-base"
            >
              <option value="">A new project named after the file</option>
              {projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <Button type="submit" disabled={busy}>
            Preview
          </Button>
        </div>
      </form>

      <div aria-live="polite" className="text-sm">
        {phase.kind === "uploading" ? (
          <div className="flex max-w-md flex-col gap-1">
            <label htmlFor="import-progress">Uploading… {phase.percent}%</label>
            <progress id="import-progress" max={100} value={phase.percent} className="w-full" />
          </div>
        ) : phase.kind === "server" ? (
          <p>{phase.writing ? "Importing: writing everything in one go…" : "Reading and checking the file…"}</p>
        ) : null}
      </div>

      <div ref={resultsRef} tabIndex={-1} className="flex flex-col gap-4 outline-none">
        {formError || importError ? (
          <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
            {formError ?? importError}
          </p>
        ) : null}
        {previewed ? (
          <ImportResults title="Preview" answer={previewed.answer}>
            <div className="flex flex-wrap gap-2">
              <Button onClick={runImport} disabled={busy}>
                Import
              </Button>
            </div>
          </ImportResults>
        ) : null}
        {imported ? (
          <ImportResults title="Imported" answer={imported.answer}>
            <p role="status" className="text-sm">
              Done.{" "}
              {imported.answer.projects.map((project, index) => (
                <span key={project.id}>
                  {index > 0 ? ", " : ""}
                  <Link href={appRoute(`/projects/${project.id}`)} className="font-medium text-accent underline">
                    Open {project.name}
                  </Link>
                </span>
              ))}
              {imported.answer.projects.length === 0 && imported.projectId === null ? (
                <Link href="/" className="font-medium text-accent underline">
                  Open your Inbox
                </Link>
              ) : null}
            </p>
          </ImportResults>
        ) : null}
      </div>
    </div>
  );
}
