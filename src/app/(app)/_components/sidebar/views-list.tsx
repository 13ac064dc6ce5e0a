"use client";

import { Icon } from "@/components/icon";
import type { IconName } from "@/components/icon-shapes";
import { NavLink, OpenCount } from "./nav-link";
import { useSidebarPart } from "./sidebar-data";

const VIEWS: { href: `/${string}`; label: string; icon: IconName }[] = [
  { href: "/", label: "Inbox", icon: "inbox" },
  { href: "/today", label: "Today", icon: "calendar-days" },
  { href: "/upcoming", label: "Upcoming", icon: "calendar-range" },
  { href: "/calendar", label: "Calendar", icon: "calendar" },
  { href: "/assigned", label: "Assigned to me", icon: "user-round-check" },
  { href: "/search", label: "Search", icon: "search" },
  { href: "/completed", label: "Completed", icon: "circle-check" },
  { href: "/assistant", label: "Assistant", icon: "bot" },
];

/** The sidebar's links to the views, the Inbox with its count of open tasks. */
export function ViewsList() {
  const inboxCount = useSidebarPart("inboxCount") ?? 0;
  return (
    <ul className="flex flex-col gap-0.5">
      {VIEWS.map((view) => (
        <li key={view.href} className="flex">
          <NavLink href={view.href}>
            <Icon name={view.icon} className="size-4 shrink-0 text-muted" />
            {view.label}
            {view.href === "/" ? <OpenCount count={inboxCount} /> : null}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
