"use client";

import { useHourCycle } from "@/app/(app)/_components/hour-cycle";
import { formatInstant } from "@/lib/dates";
import type { RouterOutputs } from "@/trpc/react";
import { RevokeInPlace } from "./revoke-in-place";

type Feed = RouterOutputs["calendarFeed"]["list"][number];

/** What a feed shows: every task, a project's, or a project the user has since left. */
export function feedScopeName({ projectId, projectName }: { projectId: string | null; projectName: string | null }) {
  if (!projectId) return "All tasks";
  return projectName ? `Project “${projectName}”` : "A project you left";
}

/** One feed: its scope, when it was made and last read; rotating and revoking ask first. */
export function CalendarFeedItem({
  feed,
  timeZone,
  revoking,
  rotating,
  onRevoke,
  onRotate,
}: {
  feed: Feed;
  timeZone: string;
  revoking: boolean;
  rotating: boolean;
  onRevoke: () => void;
  onRotate: () => void;
}) {
  const hourCycle = useHourCycle();
  const name = `${feedScopeName(feed)} feed …${feed.lastCharacters}`;
  return (
    <li className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm">
      <p className="font-medium">
        {feedScopeName(feed)} <span className="font-mono text-muted">…{feed.lastCharacters}</span>
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-muted">
        <dt>Created</dt>
        <dd className="text-fg">{formatInstant(feed.createdAt, timeZone, hourCycle)}</dd>
        <dt>Last used</dt>
        <dd className="text-fg">{feed.lastUsedAt ? formatInstant(feed.lastUsedAt, timeZone, hourCycle) : "Never"}</dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <RevokeInPlace
          name={name}
          verb="Rotate"
          consequence="You get a new address; calendars using this one stop updating until you give them the new one."
          confirmLabel="Rotate feed"
          busyLabel="Rotating…"
          busy={rotating}
          onRevoke={onRotate}
        />
        <RevokeInPlace
          name={name}
          consequence="Calendars subscribed to it stop getting your tasks."
          confirmLabel="Revoke feed"
          busy={revoking}
          onRevoke={onRevoke}
        />
      </div>
    </li>
  );
}
