import type { Metadata } from "next";
import { connection } from "next/server";
import { calendarDateIn } from "@/lib/dates";
import { requireSession } from "@/server/auth/session";
import { timeZoneOf } from "@/server/auth/time-zone";
import { api, HydrateClient } from "@/trpc/server";
import { CompletedView } from "./_components/completed-view";

export const metadata: Metadata = { title: "Completed" };

/** Completed's first page is read on the server and handed to the client cache, as the other views'. */
export default async function CompletedPage() {
  await connection();
  const { user } = await requireSession();
  const timeZone = timeZoneOf(user);
  await api.task.completed.prefetchInfinite({});
  return (
    <HydrateClient paths={["task.completed"]}>
      <CompletedView today={calendarDateIn(new Date(), timeZone)} timeZone={timeZone} />
    </HydrateClient>
  );
}
