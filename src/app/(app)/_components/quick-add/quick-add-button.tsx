"use client";

import { Plus } from "lucide-react";
import { useShell } from "../keyboard/shell-context";

/** The header's way into quick add, for those who do not use the `q` key. */
export function QuickAddButton() {
  const { openQuickAdd } = useShell();
  return (
    <button
      type="button"
      onClick={openQuickAdd}
      aria-keyshortcuts="q"
      className="inline-flex min-h-10 items-center gap-1 rounded-md bg-accent px-3 text-sm font-medium text-accent-fg hover:opacity-90"
    >
      <Plus aria-hidden className="size-4" />
      Quick add
    </button>
  );
}
