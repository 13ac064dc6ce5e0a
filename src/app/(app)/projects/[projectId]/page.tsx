import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { projectId as projectIdSchema } from "@/lib/schemas/project";
import { isNotFoundError } from "@/server/trpc/errors";
import { api } from "@/trpc/server";
import { ViewPage } from "../../_components/view-page";
import { ProjectTaskView } from "./_components/project-task-view";
import { ShareButton } from "./_components/share-button";

/** The project in the URL, read once per request (for the title and the page), or a 404. */
const findProject = cache(async (projectId: string) => {
  await connection();
  if (!projectIdSchema.safeParse(projectId).success) notFound();
  const project = await api.project.byId({ id: projectId }).catch((error: unknown) => {
    // Someone else's project, or none: a 404. Anything else (the database is down) is an error page.
    if (isNotFoundError(error)) return null;
    throw error;
  });
  if (!project) notFound();
  return project;
});

export async function generateMetadata({ params }: PageProps<"/projects/[projectId]">): Promise<Metadata> {
  return { title: (await findProject((await params).projectId)).name };
}

export default async function ProjectPage({ params, searchParams }: PageProps<"/projects/[projectId]">) {
  const project = await findProject((await params).projectId);
  const showCompleted = (await searchParams).completed === "1";
  return (
    <ViewPage
      key={project.id}
      component={ProjectTaskView}
      heading={project.archivedAt ? `${project.name} (archived)` : project.name}
      view={{ kind: "project", projectId: project.id, showCompleted }}
      newTask={{ projectId: project.id }}
      reorderable
      layout={project.layout}
      showProject={false}
      empty="No tasks in this project yet. Type one above and press Enter."
      actions={<ShareButton projectId={project.id} projectName={project.name} role={project.role} />}
    />
  );
}
