"use client";

import {
  Bot,
  Calendar,
  CalendarDays,
  CalendarRange,
  CircleCheck,
  Inbox,
  type LucideIcon,
  Search,
  UserRoundCheck,
} from "lucide-react";
import { NavLink, OpenCount } from "./nav-link";
import { useSidebarPart } from "./sidebar-data";

const VIEWS: { href: `/${string}`; label: string; icon: LucideIcon }[] = [
  { href: "/", label: "Inbox", icon: Inbox },
  { href: "/today", label: "Today", icon: CalendarDays },
  { href: "/upcoming", label: "Upcoming", icon: CalendarRange },
  { href: "/calendar", label: "Calendar", icon: Calendar },
  { href: "/assigned", label: "Assigned to me", icon: UserRoundCheck },
  { href: "/search", label: "Search", icon: Search },
  { href: "/completed", label: "Completed", icon: CircleCheck },
  { href: "/assistant", label: "Assistant", icon: Bot },
];

/** The sidebar's links to the views, the Inbox with its count of open tasks. */
export function ViewsList() {
  const inboxCount = useSidebarPart("inboxCount") ?? 0;
  return (
    <ul className="flex flex-col gap-0.5">
      {VIEWS.map((view) => (
        <li key={view.href} className="flex">
          <NavLink href={view.href}>
            <view.icon aria-hidden className="size-4 shrink-0 text-muted" />
            {view.label}
            {view.href === "/" ? <OpenCount count={inboxCount} /> : null}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
