"use client";

import { type DragEvent, type ReactNode, useState } from "react";
import { Icon } from "@/components/icon";
import { ActionsMenu } from "../sidebar/actions-menu";
import { takeDraggedTaskId } from "../tasks/task-drag-and-drop";
import type { Section } from "./section-groups";
import { SectionNameForm } from "./section-name-form";

/** The id of a section's collapse toggle (the keyboard goes back to it after a rename). */
export const sectionToggleId = (sectionId: string) => `section-toggle-${sectionId}`;

interface SectionBlockProps {
  section: Section;
  /** Its loaded tasks' count (open ones, or all when completed tasks are shown). */
  count: number;
  collapsed: boolean;
  /** Owners and editors change sections; viewers only collapse them. */
  canEdit: boolean;
  onToggle(): void;
  onRename(name: string): void;
  onAddBelow(): void;
  onDelete(): void;
  /** A task's row dropped on the heading: it goes to the end of the section. */
  onDropTask(taskId: string): void;
  children: ReactNode;
}

/** A section of a project's list: its heading (collapse toggle with the count, and a menu), then its tasks. */
export function SectionBlock(props: SectionBlockProps) {
  const { section, count, collapsed, canEdit } = props;
  const [renaming, setRenaming] = useState(false);
  const [dropTarget, setDropTarget] = useState(false);
  const headingId = `section-heading-${section.id}`;
  const listId = `section-tasks-${section.id}`;

  const dropHandlers = {
    onDragOver(event: DragEvent) {
      event.preventDefault();
      setDropTarget(true);
    },
    onDragLeave() {
      setDropTarget(false);
    },
    onDrop(event: DragEvent) {
      event.preventDefault();
      setDropTarget(false);
      const taskId = takeDraggedTaskId(event);
      if (taskId) props.onDropTask(taskId);
    },
  };

  function closeRename() {
    setRenaming(false);
    requestAnimationFrame(() => document.getElementById(sectionToggleId(section.id))?.focus());
  }

  return (
    <section aria-labelledby={headingId} className="flex flex-col" data-section-id={section.id}>
      <div
        className={`flex items-center gap-1 border-b-2 py-1 ${dropTarget ? "border-accent" : "border-border"}`}
        {...dropHandlers}
      >
        {renaming ? (
          <div className="flex-1 py-1">
            <SectionNameForm
              initial={section.name}
              submitLabel="Rename"
              onCancel={closeRename}
              onSave={(name) => {
                if (name !== section.name) props.onRename(name);
                closeRename();
              }}
            />
          </div>
        ) : (
          <>
            <h2 id={headingId} className="min-w-0 flex-1 text-base font-semibold">
              <button
                id={sectionToggleId(section.id)}
                type="button"
                aria-expanded={!collapsed}
                aria-controls={listId}
                onClick={props.onToggle}
                className="flex min-h-10 w-full items-center gap-2 rounded-md px-1 text-left hover:bg-surface"
              >
                {collapsed ? (
                  <Icon name="chevron-right" className="size-4 shrink-0" />
                ) : (
                  <Icon name="chevron-down" className="size-4 shrink-0" />
                )}
                <span className="min-w-0 break-words">{section.name}</span>
                <span className="text-sm font-normal text-muted">
                  {count}
                  <span className="sr-only"> {count === 1 ? "task" : "tasks"}</span>
                </span>
              </button>
            </h2>
            {canEdit ? (
              <ActionsMenu
                label={`Actions for section “${section.name}”`}
                buttonId={`section-menu-${section.id}`}
                actions={[
                  { label: "Rename", icon: "pencil", onSelect: () => setRenaming(true) },
                  { label: "Add section below", icon: "plus", onSelect: props.onAddBelow },
                  { label: "Delete", icon: "trash", onSelect: props.onDelete, danger: true },
                ]}
              />
            ) : null}
          </>
        )}
      </div>
      <ul id={listId} aria-label={section.name} hidden={collapsed} className="flex flex-col">
        {props.children}
      </ul>
    </section>
  );
}
