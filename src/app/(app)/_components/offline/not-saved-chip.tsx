"use client";

import { Icon } from "@/components/icon";
import { useIsSaved } from "../pending-creates";
import { useIsOnline } from "./use-is-online";

/** On a row whose create is waiting for the connection (not while it is merely on its way). */
export function NotSavedChip({ taskId }: { taskId: string }) {
  const saved = useIsSaved(taskId);
  const online = useIsOnline();
  if (saved || online) return null;
  return (
    <span className="chip font-medium text-fg">
      <Icon name="cloud-off" className="size-3.5" />
      Not saved yet
    </span>
  );
}
