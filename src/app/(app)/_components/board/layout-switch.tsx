"use client";

import { Icon } from "@/components/icon";
import type { ProjectLayout } from "@/lib/project-roles";

const choices = [
  { layout: "list", label: "List", icon: "list" },
  { layout: "board", label: "Board", icon: "columns-3" },
] as const;

/** A project's "List | Board" switch: two toggle buttons, the pressed one is the layout shown. */
export function LayoutSwitch({ layout, onChange }: { layout: ProjectLayout; onChange(layout: ProjectLayout): void }) {
  return (
    <fieldset className="inline-flex min-w-0 rounded-md border border-border p-0.5">
      <legend className="sr-only">Layout</legend>
      {choices.map(({ layout: choice, label, icon }) => (
        <button
          key={choice}
          type="button"
          aria-pressed={layout === choice}
          onClick={() => onChange(choice)}
          className={`inline-flex min-h-9 items-center gap-1.5 rounded px-2.5 text-sm ${
            layout === choice ? "bg-accent text-accent-fg" : "text-muted hover:bg-surface hover:text-fg"
          }`}
        >
          <Icon name={icon} className="size-4" />
          {label}
        </button>
      ))}
    </fieldset>
  );
}
