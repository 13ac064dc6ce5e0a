import { useHourCycle } from "@/app/(app)/_components/hour-cycle";
import { Button } from "@/components/ui/button";
import { formatInstant } from "@/lib/dates";
import { describeUserAgent } from "@/lib/user-agent";
import type { RouterOutputs } from "@/trpc/react";

type Session = RouterOutputs["session"]["list"][number];

/** One signed-in device: what it is, where from, when; the current one cannot be signed out from here. */
export function SessionItem({
  session,
  timeZone,
  busy,
  onRevoke,
}: {
  session: Session;
  timeZone: string;
  busy: boolean;
  onRevoke: () => void;
}) {
  const hourCycle = useHourCycle();
  const device = describeUserAgent(session.userAgent);
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border p-3">
      <div className="flex flex-col gap-1 text-sm">
        <p className="font-medium">
          {device}
          {session.current ? (
            <span className="ml-2 rounded-sm bg-accent px-1.5 py-0.5 text-xs text-accent-fg">This device</span>
          ) : null}
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-muted">
          <dt>IP address</dt>
          <dd className="text-fg">{session.ipAddress || "Unknown"}</dd>
          <dt>Signed in</dt>
          <dd className="text-fg">{formatInstant(session.createdAt, timeZone, hourCycle)}</dd>
          <dt>Last active</dt>
          <dd className="text-fg">{formatInstant(session.lastActiveAt, timeZone, hourCycle)}</dd>
        </dl>
      </div>
      {session.current ? null : (
        <Button
          variant="secondary"
          disabled={busy}
          onClick={onRevoke}
          aria-label={`Sign out ${device}, signed in ${formatInstant(session.createdAt, timeZone, hourCycle)}`}
        >
          {busy ? "Signing out…" : "Sign out"}
        </Button>
      )}
    </li>
  );
}
