import { groupBySection, type Section, type SectionPlacement } from "../sections/section-groups";
import type { Task } from "../tasks/task-pages";

/** A column of a project's board: a section's cards (or those in no section, `sectionId` null), in manual order. */
export interface BoardColumn {
  section: Section | null;
  sectionId: string | null;
  name: string;
  tasks: Task[];
}

export const NO_SECTION = "No section";

/** The board's columns: "No section" first, then one per section in order, each with its loaded tasks. */
export function boardColumns(tasks: readonly Task[], sections: readonly Section[]): BoardColumn[] {
  return groupBySection(tasks, sections).map((group) => ({
    section: group.section,
    sectionId: group.section?.id ?? null,
    name: group.section?.name ?? NO_SECTION,
    tasks: group.tasks,
  }));
}

/** Where a card lands: the task update to send, and its column and 1-based place there (for the announcement). */
export interface CardMove {
  placement: SectionPlacement;
  column: BoardColumn;
  position: number;
  count: number;
}

/** The card's column and index there; null when it is not on the board. */
function find(columns: readonly BoardColumn[], taskId: string) {
  for (const [columnIndex, column] of columns.entries()) {
    const index = column.tasks.findIndex((task) => task.id === taskId);
    if (index >= 0) return { columnIndex, column, index };
  }
  return null;
}

/**
 * The card put at `index` among the other cards of column `columnIndex` (clamped to its ends): between its
 * new neighbours there, in that column's section. Null when the card would not move, or is not on the board.
 */
export function placeAt(
  columns: readonly BoardColumn[],
  taskId: string,
  columnIndex: number,
  index: number,
): CardMove | null {
  const from = find(columns, taskId);
  const column = columns[columnIndex];
  if (!from || !column) return null;
  const others = column.tasks.filter((task) => task.id !== taskId);
  const at = Math.max(0, Math.min(index, others.length));
  if (from.columnIndex === columnIndex && from.index === at) return null;
  const before = others[at - 1];
  const after = others[at];
  const neighbour = before ? { afterId: before.id } : after ? { beforeId: after.id } : {};
  return {
    placement: { sectionId: column.sectionId, ...neighbour },
    column,
    position: at + 1,
    count: others.length + 1,
  };
}

export type CardDirection = "up" | "down" | "left" | "right";

/**
 * A card moved by keyboard: up or down one place in its column, or into the column to the left or right at
 * the same height (the end of a shorter column). Null at the board's edges.
 */
export function moveByKey(columns: readonly BoardColumn[], taskId: string, direction: CardDirection): CardMove | null {
  const from = find(columns, taskId);
  if (!from) return null;
  switch (direction) {
    case "up":
      return from.index === 0 ? null : placeAt(columns, taskId, from.columnIndex, from.index - 1);
    case "down":
      return from.index === from.column.tasks.length - 1
        ? null
        : placeAt(columns, taskId, from.columnIndex, from.index + 1);
    case "left":
      return placeAt(columns, taskId, from.columnIndex - 1, from.index);
    case "right":
      return placeAt(columns, taskId, from.columnIndex + 1, from.index);
  }
}

/** Where the card is now, as a move there (what Undo sends back); null when it is not on the board. */
export function currentPlace(columns: readonly BoardColumn[], taskId: string): CardMove | null {
  const from = find(columns, taskId);
  if (!from) return null;
  const before = from.column.tasks[from.index - 1];
  const after = from.column.tasks[from.index + 1];
  const neighbour = before ? { afterId: before.id } : after ? { beforeId: after.id } : {};
  return {
    placement: { sectionId: from.column.sectionId, ...neighbour },
    column: from.column,
    position: from.index + 1,
    count: from.column.tasks.length,
  };
}

/** The column and place a move names, for "Moved “X” to Doing, position 2 of 5". */
export function describePlace(move: CardMove): string {
  return `${move.column.name}, position ${move.position} of ${move.count}`;
}
