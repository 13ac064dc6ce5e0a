"use client";

import { Icon } from "@/components/icon";
import { useIsOnline } from "./use-is-online";

/** Always in the page (a live region only announces changes to one that exists); filled while offline. */
export function OfflineBanner() {
  const online = useIsOnline();
  return (
    <div role="status" className={online ? "" : "border-b border-border bg-surface px-4 py-2 text-sm text-fg"}>
      {online ? null : (
        <p className="mx-auto flex max-w-3xl items-center gap-2">
          <Icon name="cloud-off" className="size-4 shrink-0" />
          You're offline — changes will be sent when you're back.
        </p>
      )}
    </div>
  );
}
