"use client";

import { api, type RouterOutputs } from "@/trpc/react";

/**
 * What the signed-in shell shows around every page, read in one query (`sidebar.get`): the projects with
 * their open counts, the Inbox's count, the labels, the saved filters, the next hour's reminders, the unread
 * notifications and the invitations waiting. The app layout prefetches it, so under that layout it makes
 * no request of its own; whatever changes one of its parts invalidates it (`utils.sidebar.get.invalidate()`).
 */
export type SidebarData = RouterOutputs["sidebar"]["get"];
export type SidebarPart = keyof SidebarData;

type ReadOptions = { refetchInterval?: number; refetchIntervalInBackground?: boolean };

/**
 * The shell's whole read (undefined only while it loads, outside the app layout): for a component that
 * needs several parts, one observer instead of one per part (each is work on the server for every page).
 */
export function useSidebarData(options: ReadOptions = {}): SidebarData | undefined {
  return api.sidebar.get.useQuery(undefined, options).data;
}

/**
 * One part of the shell's read (undefined only while it loads, outside the app layout). A refetch keeps the
 * parts that did not change as they were (TanStack's structural sharing), so effects that depend on one
 * part run again only when it changed.
 */
export function useSidebarPart<Part extends SidebarPart>(
  part: Part,
  options: ReadOptions = {},
): SidebarData[Part] | undefined {
  return useSidebarData(options)?.[part];
}

/** The shell's read in the client cache: read, and edited for optimistic changes (put back when refused). */
export function useSidebarCache() {
  const utils = api.useUtils();
  const cached = utils.sidebar.get;

  function set<Part extends SidebarPart>(part: Part, change: (value: SidebarData[Part]) => SidebarData[Part]) {
    cached.setData(undefined, (data) => {
      if (!data) return data;
      const next = { ...data };
      next[part] = change(data[part]);
      return next;
    });
  }

  return {
    read: <Part extends SidebarPart>(part: Part): SidebarData[Part] | undefined => cached.getData()?.[part],
    /** Changes one part in place, as an answer from the server showed it. */
    set,
    /** Stops a refetch under way and changes one part; returns the part as it was, for `restore`. */
    async edit<Part extends SidebarPart>(part: Part, change: (value: SidebarData[Part]) => SidebarData[Part]) {
      await cached.cancel();
      const previous = cached.getData()?.[part];
      set(part, change);
      return previous;
    },
    /** Puts a part back as `edit` found it (a refused change). */
    restore<Part extends SidebarPart>(part: Part, previous: SidebarData[Part] | undefined) {
      if (previous !== undefined) set(part, () => previous);
    },
  };
}
