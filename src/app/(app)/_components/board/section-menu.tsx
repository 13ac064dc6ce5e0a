"use client";

import type { Section } from "../sections/section-groups";
import type { MenuAction } from "../sidebar/actions-menu";
import { ActionsMenu } from "../sidebar/actions-menu";

/** The id of a section column's menu button (the keyboard comes back to it after a rename or a move). */
export const sectionMenuId = (sectionId: string) => `board-section-menu-${sectionId}`;

interface SectionMenuProps {
  section: Section;
  /** Its place among the sections, and their count: it moves left or right only where it can. */
  index: number;
  count: number;
  onRename(): void;
  onMove(offset: -1 | 1): void;
  onDelete(): void;
}

/** A section column's menu: rename, move left or right (the keyboard's way to reorder columns), delete. */
export function SectionMenu({ section, index, count, onRename, onMove, onDelete }: SectionMenuProps) {
  const actions: MenuAction[] = [
    { label: "Rename", icon: "pencil", onSelect: onRename },
    ...(index > 0 ? [{ label: "Move left", icon: "arrow-left", onSelect: () => onMove(-1) } satisfies MenuAction] : []),
    ...(index < count - 1
      ? [{ label: "Move right", icon: "arrow-right", onSelect: () => onMove(1) } satisfies MenuAction]
      : []),
    { label: "Delete", icon: "trash", onSelect: onDelete, danger: true },
  ];
  return (
    <ActionsMenu
      label={`Actions for section “${section.name}”`}
      buttonId={sectionMenuId(section.id)}
      actions={actions}
    />
  );
}
