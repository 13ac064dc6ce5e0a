"use client";

import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useSidebarPart } from "../sidebar/sidebar-data";
import { SidebarDialog } from "../sidebar/sidebar-dialog";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";
import { filterPaletteItems, type PaletteAction, paletteItems, taskItems } from "./palette-items";
import { useTaskMatches } from "./use-task-matches";

const NO_FILTERS: { id: string; name: string }[] = [];

/**
 * Ctrl/Cmd+K: a filter field (a combobox) over a listbox of places and actions, then the open tasks
 * whose title or description matches. The arrow keys move the active entry (aria-activedescendant, so
 * the caret stays in the field); Enter runs it (a task opens in its details).
 */
export function CommandPalette({
  open,
  onClose,
  onRun,
}: {
  open: boolean;
  onClose(): void;
  onRun(action: PaletteAction): void;
}) {
  return (
    <SidebarDialog open={open} title="Command palette" onClose={onClose}>
      <PaletteBody onRun={onRun} />
    </SidebarDialog>
  );
}

/** Mounted only while open, so every opening starts with an empty filter. */
function PaletteBody({ onRun }: { onRun(action: PaletteAction): void }) {
  const { projects, labels } = useProjectsAndLabels();
  const filters = useSidebarPart("filters") ?? NO_FILTERS;
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const items = useMemo(() => paletteItems(projects, labels, filters), [projects, labels, filters]);
  const matches = useTaskMatches(query);
  const shown = [...filterPaletteItems(items, query), ...taskItems(matches.tasks)];
  const activeIndex = Math.min(active, shown.length - 1);
  const activeItem = shown[activeIndex];
  const optionId = (id: string) => `${listId}-${id}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined && shown.length > 0) {
      event.preventDefault();
      const next = (activeIndex + step + shown.length) % shown.length;
      setActive(next);
      const item = shown[next];
      if (item) document.getElementById(optionId(item.id))?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      setActive(event.key === "Home" ? 0 : shown.length - 1);
    } else if (event.key === "Enter" && activeItem) {
      event.preventDefault();
      onRun(activeItem.action);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <input
        type="text"
        role="combobox"
        aria-label="Go to a place, run an action or find a task"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeItem ? optionId(activeItem.id) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        placeholder="Type to filter…"
        autoComplete="off"
        data-autofocus
        className="min-h-11 rounded-md border border-border bg-bg px-3 text-base"
      />
      <div
        id={listId}
        role="listbox"
        aria-label="Places, actions and tasks"
        className="flex max-h-80 flex-col overflow-y-auto"
      >
        {shown.map((item, index) => (
          // The field keeps the focus: the arrow keys choose, a click also runs the entry.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard use goes through the combobox above
          <div
            key={item.id}
            id={optionId(item.id)}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            onClick={() => onRun(item.action)}
            onMouseMove={() => setActive(index)}
            className="cursor-pointer rounded-md px-3 py-2 text-sm aria-selected:bg-accent aria-selected:text-accent-fg"
          >
            {item.label}
          </div>
        ))}
      </div>
      <p role="status" className="text-sm text-muted empty:hidden">
        {matches.searching ? "Searching tasks…" : shown.length === 0 ? `Nothing matches “${query}”.` : ""}
      </p>
    </div>
  );
}
