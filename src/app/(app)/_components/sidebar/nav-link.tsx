"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname, useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { shownCount, spokenCount } from "@/lib/limits";
import { useIsSaved, whenSaved } from "../pending-creates";
import { appRoute } from "./app-route";

/** Is `href` the page being shown? "/" only matches itself; other links also match the pages below them. */
export function isCurrentPath(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export const navLinkClass =
  "flex min-h-9 min-w-0 flex-1 items-center gap-2 rounded-md px-2 text-sm text-fg hover:bg-surface aria-[current=page]:bg-surface aria-[current=page]:font-semibold";

/**
 * A link that says (aria-current="page") when it points at the page being shown, and shows a dot while the
 * page it leads to is on its way. `pendingId`: the
 * project or label it leads to may still be on its way to the server; until it is saved the link is not
 * prefetched (that would cache "not found") and a click waits for the save before going there.
 */
export function NavLink({
  href,
  children,
  className = navLinkClass,
  pendingId = "",
}: {
  href: `/${string}`;
  children: ReactNode;
  className?: string;
  pendingId?: string;
}) {
  const pathname = usePathname();
  const router = useRouter();
  const saved = useIsSaved(pendingId);
  const route = appRoute(href);
  return (
    <Link
      href={route}
      prefetch={saved ? undefined : false}
      onClick={
        saved
          ? undefined
          : (event) => {
              event.preventDefault();
              void whenSaved(pendingId).then((ok) => ok && router.push(route));
            }
      }
      aria-current={isCurrentPath(pathname, href) ? "page" : undefined}
      className={className}
    >
      {children}
      <PendingHint />
    </Link>
  );
}

/** Shown while the link's page is on its way (Next reports it to the link's descendants). */
function PendingHint() {
  const { pending } = useLinkStatus();
  return pending ? <span aria-hidden className="nav-pending" data-nav-pending /> : null;
}

/**
 * An open-task count beside a name: "3" to the eye, ", 3 open tasks" to a screen reader; a count that
 * stopped at its cap is "99+", ", more than 99 open tasks".
 */
export function OpenCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="ml-auto shrink-0 pl-2 text-xs tabular-nums text-muted">
      <span aria-hidden>{shownCount(count)}</span>
      <span className="sr-only">
        , {spokenCount(count)} open {count === 1 ? "task" : "tasks"}
      </span>
    </span>
  );
}
