"use client";

import { Fragment } from "react";
import { Button } from "@/components/ui/button";
import { SidebarDialog } from "../sidebar/sidebar-dialog";
import { SHORTCUTS } from "./shortcuts";

/** `?`: every shortcut, as a list of keys and what they do. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <SidebarDialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map((shortcut) => (
          <Fragment key={shortcut.description}>
            <dt className="flex gap-1 whitespace-nowrap">
              {shortcut.keys.map((key, index) => (
                <Fragment key={key}>
                  {index > 0 ? <span className="text-muted">{shortcut.keys[0] === "g" ? "then" : "+"}</span> : null}
                  <kbd className="rounded border border-border bg-surface px-1.5 font-mono">{key}</kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{shortcut.description}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="text-sm text-muted">Shortcuts are off while you type in a field.</p>
      <form method="dialog" className="flex justify-end">
        <Button type="submit" data-autofocus>
          Close
        </Button>
      </form>
    </SidebarDialog>
  );
}
