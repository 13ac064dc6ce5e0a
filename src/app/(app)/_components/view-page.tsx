import "server-only";
import { connection } from "next/server";
import type { ComponentType } from "react";
import { calendarDateIn } from "@/lib/dates";
import { requireSession } from "@/server/auth/session";
import { timeZoneOf } from "@/server/auth/time-zone";
import { api, HydrateClient } from "@/trpc/server";
import { viewInput } from "./tasks/task-list-input";
import { TaskView, type TaskViewProps } from "./tasks/task-view";

/**
 * A task view's page: "today" in the user's time zone, and the view's first page read on the server
 * (task.list → queries.ts) and handed to the client cache, so the browser does not fetch it again.
 * `component`: the client component that draws it, when the page's list has a shape of its own (a project's
 * `ProjectTaskView`, Upcoming's `UpcomingTaskView`; see ViewLayouts); else `TaskView`.
 */
export async function ViewPage({
  component: View = TaskView,
  ...props
}: Omit<TaskViewProps, "today" | "now" | "timeZone" | "layouts"> & { component?: ComponentType<TaskViewProps> }) {
  await connection();
  const { user } = await requireSession();
  const timeZone = timeZoneOf(user);
  const now = new Date();
  const today = calendarDateIn(now, timeZone);
  await Promise.all([
    api.task.list.prefetchInfinite(viewInput(props.view, today)),
    // A project's list is grouped under its sections.
    props.view.kind === "project" ? api.section.list.prefetch({ projectId: props.view.projectId }) : null,
  ]);
  return (
    <HydrateClient>
      <View {...props} today={today} now={now} timeZone={timeZone} />
    </HydrateClient>
  );
}
