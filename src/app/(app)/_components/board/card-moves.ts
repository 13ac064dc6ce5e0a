"use client";

import { toast } from "@/components/toast";
import { UNDO_MS } from "@/lib/limits";
import type { SectionPlacement } from "../sections/section-groups";
import type { Task } from "../tasks/task-pages";
import { type BoardColumn, type CardMove, currentPlace, describePlace } from "./board-columns";

/**
 * The task list's one move of a task into a section between two neighbours (`task.reorder` with its
 * `sectionId`, optimistic and in the task's scope: see use-task-mutations.ts), announcing "Moved “X” to …".
 */
export type PlaceTask = (id: string, placement: SectionPlacement, where: string) => Promise<Task | undefined>;

/**
 * Moves a card (drag or keyboard): one mutation, announced at once ("Moved “X” to Doing, position 2 of 5"),
 * and offered for Undo once the server has it; Undo puts it back between its old neighbours.
 */
export function moveCard(place: PlaceTask, columns: readonly BoardColumn[], task: Task, move: CardMove) {
  const from = currentPlace(columns, task.id);
  if (!from) return;
  void place(task.id, move.placement, describePlace(move)).then((saved) => {
    if (!saved) return;
    toast(`Moved “${saved.title}” to ${move.column.name}`, {
      duration: UNDO_MS,
      action: { label: "Undo", onClick: () => void place(task.id, from.placement, describePlace(from)) },
    });
  });
}
