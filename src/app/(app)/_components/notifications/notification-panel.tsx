"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { formatInstant } from "@/lib/dates";
import { describeNotification, notificationPath } from "@/lib/notifications";
import { api } from "@/trpc/react";
import { reportChangeError } from "../change-errors";
import { useHourCycle } from "../hour-cycle";
import { useNotificationInbox } from "./use-notification-inbox";

/** The inbox under the bell: newest first, unread ones marked; opening one reads it and goes to it. */
export function NotificationPanel({ id, timeZone, onNavigate }: { id: string; timeZone: string; onNavigate(): void }) {
  const utils = api.useUtils();
  const list = useNotificationInbox();
  const hourCycle = useHourCycle();
  // The panel's pages and the bell's count (the sidebar's read).
  const refresh = () => Promise.all([utils.notification.list.invalidate(), utils.sidebar.get.invalidate()]);
  const markRead = api.notification.markRead.useMutation({ onSettled: refresh });
  const markAllRead = api.notification.markAllRead.useMutation({ onError: reportChangeError, onSettled: refresh });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;

  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="absolute right-0 top-full z-50 mt-2 flex max-h-[70vh] w-[min(24rem,calc(100vw-2rem))] flex-col rounded-lg border border-border bg-bg text-fg shadow-lg"
    >
      <header className="flex items-center justify-between gap-2 border-b border-border px-3 py-2">
        <h2 id={`${id}-heading`} className="text-sm font-semibold">
          Notifications
        </h2>
        <Button
          variant="secondary"
          className="min-h-8 px-2 text-xs"
          disabled={unread === 0 || markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
        >
          Mark all read
        </Button>
      </header>
      {list.isPending ? (
        <p className="px-3 py-4 text-sm text-muted">Loading…</p>
      ) : list.isError ? (
        <p role="alert" className="px-3 py-4 text-sm text-danger">
          Your notifications could not be loaded. Try again in a moment.
        </p>
      ) : items.length === 0 ? (
        <p className="px-3 py-4 text-sm text-muted">
          Nothing yet. You hear here when someone assigns you a task, mentions you or answers you.
        </p>
      ) : (
        <ul className="flex flex-col overflow-y-auto">
          {items.map((item) => {
            const sentence = describeNotification(item.kind, item.actorName, item.subject);
            return (
              <li key={item.id} className="border-b border-border last:border-b-0">
                <Link
                  href={notificationPath(item)}
                  onClick={() => {
                    if (!item.readAt) markRead.mutate({ ids: [item.id] });
                    onNavigate();
                  }}
                  className="flex gap-2 px-3 py-2 text-sm hover:bg-surface focus:bg-surface"
                >
                  <span
                    aria-hidden
                    className={`mt-1.5 size-2 shrink-0 rounded-full ${item.readAt ? "bg-transparent" : "bg-accent"}`}
                  />
                  <span className="flex min-w-0 flex-col gap-0.5">
                    <span className={item.readAt ? "" : "font-medium"}>
                      {item.readAt ? null : <span className="sr-only">Unread: </span>}
                      {sentence}
                    </span>
                    {item.excerpt ? <span className="line-clamp-2 text-muted">{item.excerpt}</span> : null}
                    <time dateTime={item.createdAt.toISOString()} className="text-xs text-muted">
                      {formatInstant(item.createdAt, timeZone, hourCycle)}
                    </time>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {list.hasNextPage ? (
        <div className="border-t border-border p-2">
          <Button
            variant="secondary"
            className="w-full"
            disabled={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? "Loading…" : "Show older"}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
