import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireSession } from "@/server/auth/session";
import { hourCycleOf } from "@/server/auth/time-format";
import { timeZoneOf } from "@/server/auth/time-zone";
import { HydrateLayout, layoutApi } from "@/trpc/server";
import { HourCycleProvider } from "./_components/hour-cycle";
import { AnnouncerProvider } from "./_components/keyboard/announcer";
import { KeyboardShell } from "./_components/keyboard/keyboard-shell";
import { LiveUpdates } from "./_components/live-updates/live-updates";
import { NotificationBell } from "./_components/notifications/notification-bell";
import { KeepPagesOffline } from "./_components/offline/keep-pages-offline";
import { OfflineBanner } from "./_components/offline/offline-banner";
import { OfflineCacheSync } from "./_components/offline/offline-cache-sync";
import { QuickAddButton } from "./_components/quick-add/quick-add-button";
import { ReminderNotifier } from "./_components/reminders/reminder-notifier";
import { Sidebar } from "./_components/sidebar/sidebar";
import { SignedInUserProvider } from "./_components/signed-in-user";
import { UserMenu } from "./_components/user-menu";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user } = await requireSession();
  // The sidebar paints with its data, and so do the bell (its unread count, and how many invitations wait,
  // which the sidebar then lists) and the reminder notifier: one read (one SQL statement) in the client
  // cache, which task changes invalidate to refresh the counts without a reload. A reload makes no tRPC request.
  await layoutApi.sidebar.get.prefetch();
  const hourCycle = hourCycleOf(user, (await headers()).get("accept-language"));
  return (
    <HydrateLayout>
      <ReminderNotifier />
      <LiveUpdates />
      <OfflineCacheSync userId={user.id} />
      <KeepPagesOffline />
      <SignedInUserProvider id={user.id}>
        <HourCycleProvider hourCycle={hourCycle}>
          <AnnouncerProvider>
            <KeyboardShell timeZone={timeZoneOf(user)}>
              <div className="flex min-h-dvh flex-col">
                <a
                  href="#main"
                  className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-bg focus:px-3 focus:py-2"
                >
                  Skip to content
                </a>
                {/* Stays in view (with Quick add) as the list scrolls; the sidebar and its phone menu sit below it. */}
                <header className="sticky top-0 z-30 flex h-16 items-center justify-between gap-2 border-b border-border bg-bg px-3 sm:gap-4 sm:px-4">
                  <Link href="/" className="shrink-0 text-base font-semibold sm:text-lg">
                    Tasklane
                  </Link>
                  <div className="flex min-w-0 items-center gap-2">
                    <QuickAddButton />
                    <NotificationBell timeZone={timeZoneOf(user)} />
                    <UserMenu name={user.name} email={user.email} />
                  </div>
                </header>
                <OfflineBanner />
                <div className="flex flex-1 flex-col md:flex-row">
                  <Sidebar />
                  {/* A list reads best narrow; a board or a calendar (marked data-wide) takes the width there is. */}
                  <main
                    id="main"
                    className="mx-auto w-full min-w-0 max-w-3xl flex-1 px-4 py-6 has-[[data-wide]]:max-w-7xl"
                  >
                    {children}
                  </main>
                </div>
              </div>
            </KeyboardShell>
          </AnnouncerProvider>
        </HourCycleProvider>
      </SignedInUserProvider>
    </HydrateLayout>
  );
}
