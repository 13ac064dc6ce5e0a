"use client";

import { CloudOff } from "lucide-react";
import { useIsSaved } from "../pending-creates";
import { useIsOnline } from "./use-is-online";

/** On a row whose create is waiting for the connection (not while it is merely on its way). */
export function NotSavedChip({ taskId }: { taskId: string }) {
  const saved = useIsSaved(taskId);
  const online = useIsOnline();
  if (saved || online) return null;
  return (
    <span className="inline-flex items-center gap-1 font-medium text-fg">
      <CloudOff aria-hidden className="size-3.5" />
      Not saved yet
    </span>
  );
}
