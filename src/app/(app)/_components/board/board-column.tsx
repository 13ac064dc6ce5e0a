"use client";

import type { ReactNode } from "react";
import type { BoardColumn } from "./board-columns";
import { boardColumnTarget } from "./board-drag";

/** The id of a column's heading (its key: the section's id, or "none"). */
export const columnHeadingId = (columnKey: string) => `board-column-${columnKey}`;

interface BoardColumnViewProps {
  column: BoardColumn;
  columnIndex: number;
  columnKey: string;
  /** A carried card is over this column. */
  dropTarget: boolean;
  /** Beside the name: the section's menu. */
  menu?: ReactNode;
  /** In place of the heading while the section is renamed: the name's form. */
  renameForm?: ReactNode;
  /** Below the cards: "Add a card". */
  footer?: ReactNode;
  children: ReactNode;
}

/** A board column: its heading (name and count), its cards in order, and what comes below them. */
export function BoardColumnView({
  column,
  columnIndex,
  columnKey,
  dropTarget,
  menu,
  renameForm,
  footer,
  children,
}: BoardColumnViewProps) {
  const headingId = columnHeadingId(columnKey);
  const count = column.tasks.length;
  return (
    <section
      aria-labelledby={headingId}
      {...boardColumnTarget(columnIndex)}
      className={`flex w-[85vw] max-w-80 shrink-0 snap-start flex-col gap-2 rounded-lg bg-surface p-2 sm:w-72 ${
        dropTarget ? "ring-2 ring-accent" : ""
      }`}
    >
      {renameForm ?? (
        <div className="flex min-h-10 items-center gap-1">
          <h2 id={headingId} className="flex min-w-0 flex-1 items-baseline gap-2 px-1 text-sm font-semibold">
            <span className="min-w-0 break-words">{column.name}</span>
            <span className="font-normal text-muted">
              {count}
              <span className="sr-only"> {count === 1 ? "card" : "cards"}</span>
            </span>
          </h2>
          {menu}
        </div>
      )}
      <ul aria-label={column.name} className="flex min-h-4 flex-col gap-2">
        {children}
      </ul>
      {footer}
    </section>
  );
}
