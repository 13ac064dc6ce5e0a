import type { Metadata } from "next";
import { connection } from "next/server";
import { importFormatInfo, importFormats } from "@/lib/import/formats";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/limits";
import { roleAllows } from "@/lib/project-roles";
import { requireSession } from "@/server/auth/session";
import { api } from "@/trpc/server";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Import" };

/** Bring tasks in from Todoist (a project CSV or a full backup) or from a Tasklane export. */
export default async function ImportPage() {
  await connection();
  await requireSession();
  const projects = await api.project.list();
  const editable = projects
    .filter((project) => roleAllows(project.role, "editTasks") && !project.archived)
    .map((project) => ({ id: project.id, name: project.name }));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Import</h1>
      <p className="max-w-prose text-sm text-muted">
        Files up to {IMPORT_MAX_BYTES / 1024 / 1024} MB and {IMPORT_MAX_ROWS.toLocaleString("en")} rows. You see a
        preview first: nothing is written until you press Import, and then all of it is, or nothing.
      </p>
      <ImportForm
        formats={importFormats.map((format) => ({ format, ...importFormatInfo[format] }))}
        projects={editable}
      />
    </div>
  );
}
