"use client";

import { useId } from "react";
import { Icon } from "@/components/icon";
import { shownCount, spokenCount } from "@/lib/limits";
import { useSidebarPart } from "../sidebar/sidebar-data";
import { useDisclosure } from "../use-disclosure";
import { LazyNotificationPanel, preloadNotificationPanel } from "./lazy-notification-panel";

/**
 * The bell in the header: the unread count at a glance, and the inbox under it (a disclosure: Escape or
 * a click elsewhere closes it and the focus comes back to the bell).
 */
export function NotificationBell({ timeZone }: { timeZone: string }) {
  const { open, toggle, close, button, container } = useDisclosure();
  const panelId = useId();
  const unread = useSidebarPart("unreadNotifications") ?? 0;

  return (
    <div ref={container} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={unread > 0 ? `Notifications, ${spokenCount(unread)} unread` : "Notifications"}
        onClick={toggle}
        onPointerEnter={preloadNotificationPanel}
        onFocus={preloadNotificationPanel}
        className="relative inline-flex size-10 items-center justify-center rounded-md text-fg hover:bg-surface aria-expanded:bg-surface"
      >
        <Icon name="bell" className="size-5" />
        {unread > 0 ? (
          <span
            aria-hidden
            data-testid="unread-count"
            className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-accent px-1 text-center text-xs font-semibold leading-5 text-accent-fg"
          >
            {shownCount(unread)}
          </span>
        ) : null}
      </button>
      {open ? <LazyNotificationPanel id={panelId} timeZone={timeZone} onNavigate={() => close()} /> : null}
    </div>
  );
}
