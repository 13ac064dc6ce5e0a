"use client";

import { TaskView, type TaskViewProps } from "../../_components/tasks/task-view";
import { UpcomingDays } from "../../_components/tasks/upcoming-days";

/** Upcoming's list: its days, loaded with this page (see ViewLayouts). */
export function UpcomingTaskView(props: TaskViewProps) {
  return <TaskView {...props} layouts={{ UpcomingDays }} />;
}
