"use client";

import { type ReactNode, useState } from "react";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import { SidebarDialog } from "../sidebar/sidebar-dialog";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";
import { firstRows, useRowLimit } from "../tasks/first-rows";
import type { Task } from "../tasks/task-pages";
import { DeleteSectionForm } from "./delete-section-form";
import { SectionBlock } from "./section-block";
import { atEndOf, groupBySection, placeBefore, placeBy, type SectionPlacement } from "./section-groups";
import { SectionNameForm } from "./section-name-form";
import { useSections } from "./use-sections";

const FOCUS_FRAMES = 30;

/**
 * Puts the keyboard back on a moved row's handle once the row is drawn in its new group (a row that changes
 * section is drawn anew there, after the optimistic update lands, which may take a few frames).
 */
function focusHandleIn(taskId: string, sectionId: string | null, frames = FOCUS_FRAMES) {
  requestAnimationFrame(() => {
    const handle = document.querySelector<HTMLElement>(
      `[data-task-row][data-task-id="${taskId}"] [data-row-control="reorder"]`,
    );
    const group = handle?.closest<HTMLElement>("[data-section-id]")?.dataset.sectionId ?? null;
    if (handle && group === sectionId) handle.focus();
    else if (frames > 0) focusHandleIn(taskId, sectionId, frames - 1);
  });
}

/** How a row moves in a sectioned list: by keyboard (its handle's arrows) and by dropping another row on it. */
export interface RowMoves {
  onMoveBy(offset: number): boolean;
  onDropAt(draggedId: string): void;
}

interface ProjectSectionsProps {
  projectId: string;
  tasks: readonly Task[];
  empty: string;
  announce(message: string): void;
  place(id: string, placement: SectionPlacement, where: string): void;
  renderTask(task: Task, moves: RowMoves): ReactNode;
}

/**
 * A project's list under its sections: its tasks in no section first, then each section with a heading (a
 * collapse toggle remembered per member, its count, a menu) and its tasks; "Add section" at the end or below
 * one. Rows move between sections by drag and drop (onto a row, or a section's heading) and by keyboard
 * (their handle's arrows cross into the section above or below).
 */
export function ProjectSections({ projectId, tasks, empty, announce, place, renderTask }: ProjectSectionsProps) {
  const { sections, create, rename, remove, setCollapsed } = useSections(projectId, announce);
  const project = useProjectsAndLabels().projectById.get(projectId);
  const collapsed = new Set(project?.collapsedSectionIds ?? []);
  const canEdit = project !== undefined && project.role !== "viewer";
  // Where the add form is open: after a section (its id), at the end ("end"), or nowhere.
  const [adding, setAdding] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const groups = groupBySection(tasks, sections);
  // Every section's heading, and the first rows of the list on the server (as a list without sections draws).
  const rowLimit = useRowLimit();
  const nameOf = (sectionId: string | null) =>
    sectionId === null ? "no section" : `section “${sections.find((each) => each.id === sectionId)?.name ?? ""}”`;

  function moveTo(taskId: string, placement: SectionPlacement) {
    // A section a task goes into opens, so the moved row stays in view (and keeps the keyboard).
    if (placement.sectionId && collapsed.has(placement.sectionId)) setCollapsed(placement.sectionId, false);
    place(taskId, placement, nameOf(placement.sectionId));
  }

  const movesOf = (task: Task): RowMoves => ({
    onMoveBy(offset) {
      const placement = placeBy(groups, task.id, offset < 0 ? -1 : 1);
      if (!placement) return false;
      moveTo(task.id, placement);
      focusHandleIn(task.id, placement.sectionId);
      return true;
    },
    onDropAt(draggedId) {
      if (draggedId !== task.id) moveTo(draggedId, placeBefore(task));
    },
  });

  const addForm = (afterId: string | null | undefined) => (
    <SectionNameForm
      submitLabel="Add section"
      onCancel={() => setAdding(null)}
      onSave={(name) => {
        create(name, afterId);
        setAdding(null);
      }}
    />
  );
  const deletingSection = sections.find((each) => each.id === deleting);
  const [loose, ...sectioned] = firstRows(groups, rowLimit, (group) => group.tasks);

  return (
    <div className="flex flex-col gap-5">
      {loose && loose.section.tasks.length > 0 ? (
        // Named as a list without sections is: sections' own lists are named after them.
        <ul aria-label="Tasks" className="flex flex-col">
          {loose.rows.map((task) => renderTask(task, movesOf(task)))}
        </ul>
      ) : tasks.length === 0 && sections.length === 0 ? (
        <div className="rounded-md border border-dashed border-border px-4 py-10 text-center text-muted">
          <p className="font-medium text-fg">{empty}</p>
        </div>
      ) : null}

      {sectioned.map(({ section: group, rows }) =>
        group.section ? (
          <div key={group.section.id} className="flex flex-col gap-2">
            <SectionBlock
              section={group.section}
              count={group.tasks.length}
              collapsed={collapsed.has(group.section.id)}
              canEdit={canEdit}
              onToggle={() => group.section && setCollapsed(group.section.id, !collapsed.has(group.section.id))}
              onRename={(name) => group.section && rename(group.section.id, name)}
              onAddBelow={() => setAdding(group.section?.id ?? null)}
              onDelete={() => setDeleting(group.section?.id ?? null)}
              onDropTask={(taskId) => moveTo(taskId, atEndOf(group))}
            >
              {rows.map((task) => renderTask(task, movesOf(task)))}
            </SectionBlock>
            {adding === group.section.id ? addForm(group.section.id) : null}
          </div>
        ) : null,
      )}

      {canEdit ? (
        adding === "end" ? (
          addForm(undefined)
        ) : (
          <Button variant="ghost" className="self-start" onClick={() => setAdding("end")}>
            <Icon name="plus" className="size-4" />
            Add section
          </Button>
        )
      ) : null}

      <SidebarDialog
        open={deletingSection !== undefined}
        title={`Delete section “${deletingSection?.name ?? ""}”?`}
        onClose={() => setDeleting(null)}
      >
        {deletingSection ? (
          <DeleteSectionForm
            name={deletingSection.name}
            taskCount={groups.find((group) => group.section?.id === deletingSection.id)?.tasks.length ?? 0}
            onCancel={() => setDeleting(null)}
            onDelete={(choice) => {
              remove(deletingSection.id, choice);
              setDeleting(null);
              requestAnimationFrame(() => document.querySelector<HTMLElement>("main h1")?.focus());
            }}
          />
        ) : null}
      </SidebarDialog>
    </div>
  );
}
