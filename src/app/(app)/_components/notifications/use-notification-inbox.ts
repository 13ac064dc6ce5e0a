"use client";

import { api } from "@/trpc/react";

/**
 * The signed-in user's notifications, a page at a time, for the bell's panel (read when it first opens; the
 * bell's unread count comes with the sidebar's read, `sidebar.get`).
 */
export function useNotificationInbox() {
  return api.notification.list.useInfiniteQuery({}, { getNextPageParam: (page) => page.nextCursor });
}
