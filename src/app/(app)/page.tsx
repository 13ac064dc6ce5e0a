import type { Metadata } from "next";
import { connection } from "next/server";
import { requireSession } from "@/server/auth/session";
import { api, HydrateClient } from "@/trpc/server";
import { TaskBoard } from "./_components/tasks/task-board";
import { taskListInput } from "./_components/tasks/task-list-input";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage({ searchParams }: PageProps<"/">) {
  await connection();
  await requireSession();
  const showCompleted = (await searchParams).completed === "1";
  // First paint has the tasks: the first page is read on the server (task.list → queries.ts) and
  // handed to the client cache, so the browser does not fetch it again.
  await api.task.list.prefetchInfinite(taskListInput(showCompleted));
  return (
    <HydrateClient>
      <TaskBoard initialShowCompleted={showCompleted} />
    </HydrateClient>
  );
}
