"use client";

import { useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { loadTaskSchemas } from "./load-task-schemas";

/**
 * Opens the details of the task named by `?task=` (a reminder's email, a notification and the command
 * palette link there), each time the address names one, also when the page is already open.
 */
export function useTaskFromUrl(open: (id: string) => void) {
  const requested = useSearchParams().get("task");
  useEffect(() => {
    if (!requested) return;
    let current = true;
    loadTaskSchemas().then(
      ({ taskId }) => {
        if (!current || !taskId.safeParse(requested).success) return;
        open(requested);
        // Closing the dialog and reloading should not open it again.
        const url = new URL(window.location.href);
        url.searchParams.delete("task");
        window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
      },
      // Offline, never loaded here: the address keeps naming the task, for a reload once back online.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [requested, open]);
}
