"use client";

import { api } from "@/trpc/react";

/**
 * The signed-in user's inbox as the layout prefetched it (one cache entry for the bell, its panel and the
 * sidebar's invitations): pages of notifications, the unread count, and how many invitations wait.
 */
export function useNotificationInbox() {
  return api.notification.list.useInfiniteQuery({}, { getNextPageParam: (page) => page.nextCursor });
}
