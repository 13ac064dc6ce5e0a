"use client";

import { useRef, useState } from "react";
import { focusLater } from "./focus-targets";
import type { Kind } from "./name-color-form";
import type { SidebarLabel, SidebarProject } from "./use-projects-and-labels";

export type DialogState =
  | { type: "edit"; kind: Kind; id: string | null; focus: "name" | "color" }
  // The item as it was when the dialog opened: it stays on screen while its deletion is under way.
  | { type: "deleteProject"; project: SidebarProject }
  | { type: "mergeLabel"; label: SidebarLabel }
  | { type: "deleteLabel"; label: SidebarLabel };

/** Which sidebar dialog is open, and where the focus goes when it closes. */
export function useSidebarDialog() {
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const returnFocus = useRef<string[]>([]);

  /** Opens a dialog; on closing, the focus goes to the first of `focusAfter` still on screen. */
  function openDialog(state: DialogState, ...focusAfter: string[]) {
    returnFocus.current = focusAfter;
    setDialog(state);
  }

  /** Closes the dialog and puts the focus on the first of these elements still on screen. */
  function closeDialogFocusing(ids: string[]) {
    returnFocus.current = [];
    setDialog(null);
    if (ids.length) focusLater(...ids);
  }

  /** Closes the dialog and puts the focus back on what opened it (or the nearest thing still there). */
  function closeDialog() {
    closeDialogFocusing(returnFocus.current);
  }

  return { dialog, openDialog, closeDialog, closeDialogFocusing };
}
