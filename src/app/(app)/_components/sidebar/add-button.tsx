import type { ReactNode } from "react";
import { Icon } from "@/components/icon";
import { preloadSidebarForms } from "./lazy-sidebar-forms";

/**
 * A sidebar section's "Add project" / "Add label" / "Add filter": its form's code starts loading as the
 * pointer or focus reaches it, so the dialog opens without waiting. `id`: where focus returns on close.
 */
export function SidebarAddButton({ id, onClick, children }: { id: string; onClick: () => void; children: ReactNode }) {
  return (
    <button
      id={id}
      type="button"
      className="flex min-h-9 w-full items-center gap-2 rounded-md px-2 text-left text-sm text-muted hover:bg-surface hover:text-fg"
      onClick={onClick}
      onPointerEnter={preloadSidebarForms}
      onFocus={preloadSidebarForms}
    >
      <Icon name="plus" className="size-4" />
      {children}
    </button>
  );
}
