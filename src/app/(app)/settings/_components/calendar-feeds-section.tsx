"use client";

import { useRef, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { useProjectsAndLabels } from "@/app/(app)/_components/sidebar/use-projects-and-labels";
import { toast } from "@/components/toast";
import { withReference } from "@/lib/error-reference";
import { api, type RouterOutputs } from "@/trpc/react";
import { CalendarFeedItem, feedScopeName } from "./calendar-feed-item";
import { CreateCalendarFeedForm } from "./create-calendar-feed-form";
import { NewCalendarFeed } from "./new-calendar-feed";

type Created = RouterOutputs["calendarFeed"]["create"];

/** Calendar feeds: secret .ics addresses a calendar app subscribes to (list seeded by the page). */
export function CalendarFeedsSection({ timeZone }: { timeZone: string }) {
  const utils = api.useUtils();
  // The revoked row and its focused button disappear: keep keyboard focus in the section.
  const heading = useRef<HTMLHeadingElement>(null);
  const feeds = api.calendarFeed.list.useQuery();
  const { projects } = useProjectsAndLabels();
  const [created, setCreated] = useState<Created | null>(null);
  const revoke = api.calendarFeed.revoke.useMutation({
    onSuccess: (_revoked, { id }) => {
      heading.current?.focus();
      toast.success("Feed revoked. Calendars subscribed to it stop getting your tasks.");
      if (created?.id === id) setCreated(null);
    },
    onError: (error) => toast.error(describeChangeError(error)),
    onSettled: () => utils.calendarFeed.list.invalidate(),
  });
  const rotate = api.calendarFeed.rotate.useMutation({
    onSuccess: (fresh) => setCreated(fresh),
    onError: (error) => toast.error(describeChangeError(error)),
    onSettled: () => utils.calendarFeed.list.invalidate(),
  });
  const rows = feeds.data ?? [];
  const projectName = (projectId: string | null) =>
    projectId ? (projects.find((project) => project.id === projectId)?.name ?? null) : null;

  return (
    <section aria-labelledby="settings-calendar-feeds" className="flex flex-col gap-3">
      <h2 ref={heading} id="settings-calendar-feeds" tabIndex={-1} className="text-lg font-semibold">
        Calendar feed
      </h2>
      <p className="max-w-2xl text-sm text-muted">
        Subscribe to your dated tasks from a calendar app (Google Calendar, Apple Calendar, Outlook). Completed tasks
        are left out; repeating tasks repeat. The address is a secret: anyone who has it sees those tasks. Revoke it, or
        rotate it to get a new one, if it leaks.
      </p>
      <CreateCalendarFeedForm projects={projects} onCreated={setCreated} />
      {created ? (
        <NewCalendarFeed
          key={created.id}
          url={created.url}
          scope={feedScopeName({ projectId: created.projectId, projectName: projectName(created.projectId) })}
          onDismiss={() => setCreated(null)}
        />
      ) : null}
      {feeds.isError ? (
        <p role="alert" className="text-sm text-danger">
          {withReference("Your calendar feeds could not be loaded. Reload the page to try again.", feeds.error)}
        </p>
      ) : null}
      {rows.length === 0 && feeds.isSuccess ? <p className="text-sm text-muted">You have no calendar feeds.</p> : null}
      {rows.length > 0 ? (
        <ul aria-label="Calendar feeds" className="flex max-w-2xl flex-col gap-2">
          {rows.map((feed) => (
            <CalendarFeedItem
              key={feed.id}
              feed={feed}
              timeZone={timeZone}
              revoking={revoke.isPending && revoke.variables?.id === feed.id}
              rotating={rotate.isPending && rotate.variables?.id === feed.id}
              onRevoke={() => revoke.mutate({ id: feed.id })}
              onRotate={() => rotate.mutate({ id: feed.id })}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
