import type { Metadata } from "next";
import { connection } from "next/server";
import { readCalendarState, visibleRange } from "@/lib/calendar/grid";
import { calendarDateIn } from "@/lib/dates";
import { requireSession } from "@/server/auth/session";
import { timeZoneOf } from "@/server/auth/time-zone";
import { api, HydrateClient } from "@/trpc/server";
import { CalendarView } from "./_components/calendar-view";

export const metadata: Metadata = { title: "Calendar" };

/** The calendar's range (from `?view=&date=`, today in the user's zone by default) read on the server for first paint. */
export default async function CalendarPage({ searchParams }: PageProps<"/calendar">) {
  await connection();
  const { user } = await requireSession();
  const timeZone = timeZoneOf(user);
  const today = calendarDateIn(new Date(), timeZone);
  const params = await searchParams;
  await api.task.calendar.prefetch(visibleRange(readCalendarState(params, today)));
  return (
    <HydrateClient paths={["task.calendar"]}>
      <CalendarView today={today} timeZone={timeZone} />
    </HydrateClient>
  );
}
