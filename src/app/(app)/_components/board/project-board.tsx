"use client";

import { useState } from "react";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import type { LineFields } from "../quick-add/line-fields";
import { DeleteSectionForm } from "../sections/delete-section-form";
import { SectionNameForm } from "../sections/section-name-form";
import { useSections } from "../sections/use-sections";
import { SidebarDialog } from "../sidebar/sidebar-dialog";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";
import type { RowContext } from "../tasks/row-context";
import type { Task } from "../tasks/task-pages";
import { BoardAddCard } from "./board-add-card";
import { BoardCard, type DropMark } from "./board-card";
import { BoardColumnView } from "./board-column";
import { type BoardColumn, boardColumns, moveByKey, placeAt } from "./board-columns";
import { useBoardDrag } from "./board-drag";
import { moveCard, type PlaceTask } from "./card-moves";
import { SectionMenu, sectionMenuId } from "./section-menu";
import { cardHandleAt, inColumnAt, useFocusWhenDrawn } from "./use-focus-when-drawn";
import { useSectionOrder } from "./use-section-order";

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

const ADD_SECTION_ID = "board-add-section";
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
  const { sections, create, rename, remove } = useSections(projectId, announce);
  const moveSection = useSectionOrder(projectId, announce);
  const project = useProjectsAndLabels().projectById.get(projectId);
  const canEdit = project !== undefined && project.role !== "viewer";
  const [addingSection, setAddingSection] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const columns = boardColumns(tasks, sections);
  const taskById = (id: string) => tasks.find((task) => task.id === id);
  const focusWhenDrawn = useFocusWhenDrawn();

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
    focusWhenDrawn(() => cardHandleAt(task.id, columns.indexOf(move.column), move.position - 1));
  }

  function moveColumn(sectionId: string, offset: -1 | 1) {
    if (!moveSection(sections, sectionId, offset)) return;
    // "No section" is the board's first column: a section's column is one further on than the section.
    const columnIndex = sections.findIndex((section) => section.id === sectionId) + offset + 1;
    focusWhenDrawn(() => inColumnAt(sectionMenuId(sectionId), columnIndex));
  }

  function closeAddSection() {
    setAddingSection(false);
    requestAnimationFrame(() => document.getElementById(ADD_SECTION_ID)?.focus());
  }

  function closeRename(sectionId: string) {
    setRenaming(null);
    requestAnimationFrame(() => document.getElementById(sectionMenuId(sectionId))?.focus());
  }

  const deletingColumn = columns.find((column) => column.sectionId !== null && column.sectionId === deleting);

  const projectPlace = project ? `Project ${project.name}` : "Project";

  return (
    <>
      <p id="board-move-help" className="sr-only">
        Press an arrow key to move the card: up or down within its column, left or right to the next column.
      </p>
      <div
        data-board
        data-wide
        className="relative -mx-4 flex snap-x snap-mandatory scroll-px-4 items-start gap-3 overflow-x-auto px-4 pb-4"
      >
        {columns.map((column, columnIndex) => (
          <BoardColumnView
            key={keyOf(column)}
            column={column}
            columnIndex={columnIndex}
            columnKey={keyOf(column)}
            dropTarget={landing !== null && over?.columnIndex === columnIndex}
            menu={
              canEdit && column.section ? (
                <SectionMenu
                  section={column.section}
                  index={columnIndex - 1}
                  count={sections.length}
                  onRename={() => setRenaming(column.sectionId)}
                  onMove={(offset) => column.sectionId && moveColumn(column.sectionId, offset)}
                  onDelete={() => setDeleting(column.sectionId)}
                />
              ) : null
            }
            renameForm={
              renaming !== null && renaming === column.sectionId ? (
                <SectionNameForm
                  initial={column.name}
                  submitLabel="Rename"
                  onCancel={() => closeRename(renaming)}
                  onSave={(name) => {
                    if (name !== column.name) rename(renaming, name);
                    closeRename(renaming);
                  }}
                />
              ) : undefined
            }
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
                onCancel={closeAddSection}
                onSave={(name) => {
                  create(name);
                  closeAddSection();
                }}
              />
            ) : (
              <Button
                id={ADD_SECTION_ID}
                variant="secondary"
                className="justify-start"
                onClick={() => setAddingSection(true)}
              >
                <Icon name="plus" className="size-4" />
                Add section
              </Button>
            )}
          </div>
        ) : null}
      </div>

      <SidebarDialog
        open={deletingColumn !== undefined}
        title={`Delete section “${deletingColumn?.name ?? ""}”?`}
        onClose={() => setDeleting(null)}
      >
        {deletingColumn?.sectionId ? (
          <DeleteSectionForm
            name={deletingColumn.name}
            taskCount={deletingColumn.tasks.length}
            onCancel={() => setDeleting(null)}
            onDelete={(choice) => {
              if (deletingColumn.sectionId) remove(deletingColumn.sectionId, choice);
              setDeleting(null);
              requestAnimationFrame(() => document.querySelector<HTMLElement>("main h1")?.focus());
            }}
          />
        ) : null}
      </SidebarDialog>
    </>
  );
}
