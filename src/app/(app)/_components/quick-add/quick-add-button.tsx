"use client";

import { Icon } from "@/components/icon";
import { preloadQuickAddDialog } from "../keyboard/lazy-shell-dialogs";
import { useShell } from "../keyboard/shell-context";

/** The header's way into quick add, for those who do not use the `q` key. */
export function QuickAddButton() {
  const { openQuickAdd } = useShell();
  return (
    <button
      type="button"
      onClick={openQuickAdd}
      onPointerEnter={preloadQuickAddDialog}
      onFocus={preloadQuickAddDialog}
      aria-keyshortcuts="q"
      className="inline-flex min-h-10 min-w-10 shrink-0 items-center justify-center gap-1 rounded-md bg-accent px-3 text-sm font-medium text-accent-fg hover:opacity-90"
    >
      <Icon name="plus" className="size-4" />
      {/* Only the + on a phone, where the header is narrow; the name is always there. */}
      <span className="sr-only sm:not-sr-only">Quick add</span>
    </button>
  );
}
