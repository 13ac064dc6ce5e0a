"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { LineFields } from "../quick-add/line-fields";
import { SectionNameForm } from "../sections/section-name-form";
import { useSections } from "../sections/use-sections";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";
import { focusRowControlLater } from "../tasks/keep-focus";
import type { RowContext } from "../tasks/row-context";
import type { Task } from "../tasks/task-pages";
import { BoardAddCard } from "./board-add-card";
import { BoardCard, type DropMark } from "./board-card";
import { BoardColumnView } from "./board-column";
import { type BoardColumn, boardColumns, moveByKey, placeAt } from "./board-columns";
import { useBoardDrag } from "./board-drag";
import { moveCard, type PlaceTask } from "./card-moves";

interface ProjectBoardProps {
  projectId: string;
  tasks: readonly Task[];
  context: RowContext;
  announce(message: string): void;
  place: PlaceTask;
  onToggle(task: Task, completed: boolean): void;
  onOpenDetails(taskId: string): void;
  /** Adds a card to a column: the line's fields, in that column's section unless the line says otherwise. */
  onAdd(title: string, fields: LineFields): Promise<boolean>;
}

const keyOf = (column: BoardColumn) => column.sectionId ?? "none";

/**
 * A project as a board: "No section" first, then a column per section in order, each with its cards in
 * manual order and "Add a card" below them; "Add section" at the end. Cards move by drag (board-drag.ts) and
 * by keyboard (a handle's arrows: up or down in the column, left or right to the next column), each move one
 * `task.reorder` into the column's section between its new neighbours, with Undo. On a phone the columns
 * scroll sideways, one in view at a time.
 */
export function ProjectBoard({
  projectId,
  tasks,
  context,
  announce,
  place,
  onToggle,
  onOpenDetails,
  onAdd,
}: ProjectBoardProps) {
  const { sections, create } = useSections(projectId, announce);
  const project = useProjectsAndLabels().projectById.get(projectId);
  const canEdit = project !== undefined && project.role !== "viewer";
  const [addingSection, setAddingSection] = useState(false);
  const columns = boardColumns(tasks, sections);
  const taskById = (id: string) => tasks.find((task) => task.id === id);

  const drag = useBoardDrag((taskId, target) => {
    const task = taskById(taskId);
    const move = placeAt(columns, taskId, target.columnIndex, target.index);
    if (task && move) moveCard(place, columns, task, move);
  });
  const draggedId = drag.draggedId;
  const over = drag.over && draggedId ? drag.over : null;
  // Where the carried card would land, if that is a move at all.
  const landing = over && draggedId ? placeAt(columns, draggedId, over.columnIndex, over.index) : null;

  function dropMarkOf(columnIndex: number, task: Task): DropMark {
    if (!landing || !over || over.columnIndex !== columnIndex || task.id === draggedId) return null;
    const others = columns[columnIndex]?.tasks.filter((each) => each.id !== draggedId) ?? [];
    if (others[over.index]?.id === task.id) return "before";
    return over.index >= others.length && others.at(-1)?.id === task.id ? "after" : null;
  }

  function moveByKeyboard(task: Task, direction: Parameters<typeof moveByKey>[2]) {
    const move = moveByKey(columns, task.id, direction);
    if (!move) {
      announce(`“${task.title}” can't move further ${direction}.`);
      return;
    }
    moveCard(place, columns, task, move);
    focusRowControlLater(task.id, "reorder");
  }

  const projectPlace = project ? `Project ${project.name}` : "Project";

  return (
    <div
      data-board
      className="-mx-4 flex snap-x snap-mandatory scroll-px-4 items-start gap-3 overflow-x-auto px-4 pb-4"
    >
      <p id="board-move-help" className="sr-only">
        Press an arrow key to move the card: up or down within its column, left or right to the next column.
      </p>
      {columns.map((column, columnIndex) => (
        <BoardColumnView
          key={keyOf(column)}
          column={column}
          columnIndex={columnIndex}
          columnKey={keyOf(column)}
          dropTarget={landing !== null && over?.columnIndex === columnIndex}
          footer={
            canEdit ? (
              <BoardAddCard
                projectId={projectId}
                columnKey={keyOf(column)}
                columnName={column.name}
                timeZone={context.timeZone}
                place={`${projectPlace}, ${column.name}`}
                onAdd={(title, fields) =>
                  // In this column's section, unless the line names another section or another project.
                  onAdd(title, {
                    ...(fields.projectId === projectId ? { sectionId: column.sectionId } : {}),
                    ...fields,
                  })
                }
              />
            ) : null
          }
        >
          {column.tasks.map((task) => (
            <BoardCard
              key={task.id}
              task={task}
              context={context}
              canMove={canEdit}
              drag={drag}
              dropMark={dropMarkOf(columnIndex, task)}
              onToggle={(completed) => onToggle(task, completed)}
              onOpenDetails={() => onOpenDetails(task.id)}
              onMove={(direction) => moveByKeyboard(task, direction)}
            />
          ))}
        </BoardColumnView>
      ))}
      {canEdit ? (
        <div className="flex w-[85vw] max-w-80 shrink-0 snap-start flex-col sm:w-72">
          {addingSection ? (
            <SectionNameForm
              submitLabel="Add section"
              onCancel={() => setAddingSection(false)}
              onSave={(name) => {
                create(name);
                setAddingSection(false);
              }}
            />
          ) : (
            <Button variant="secondary" className="justify-start" onClick={() => setAddingSection(true)}>
              <Plus aria-hidden className="size-4" />
              Add section
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}
