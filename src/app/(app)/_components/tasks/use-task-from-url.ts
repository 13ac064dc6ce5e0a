"use client";

import { useEffect } from "react";
import { taskId } from "@/lib/schemas/task";

/** Opens the details of the task named by `?task=` (a reminder's email or notification links there), once. */
export function useTaskFromUrl(open: (id: string) => void) {
  useEffect(() => {
    const url = new URL(window.location.href);
    const id = url.searchParams.get("task");
    if (!id || !taskId.safeParse(id).success) return;
    open(id);
    // Closing the dialog and reloading should not open it again.
    url.searchParams.delete("task");
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }, [open]);
}
