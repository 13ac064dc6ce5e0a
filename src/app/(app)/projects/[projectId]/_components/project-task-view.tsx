"use client";

import { ProjectBoard } from "../../../_components/board/project-board";
import { ProjectSections } from "../../../_components/sections/project-sections";
import { TaskView, type TaskViewProps } from "../../../_components/tasks/task-view";

/** A project's list: under its sections, or as a board, loaded with this page (see ViewLayouts). */
export function ProjectTaskView(props: TaskViewProps) {
  return <TaskView {...props} layouts={{ ProjectBoard, ProjectSections }} />;
}
