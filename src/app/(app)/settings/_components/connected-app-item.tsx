"use client";

import { useHourCycle } from "@/app/(app)/_components/hour-cycle";
import { formatInstant } from "@/lib/dates";
import { describeScopes } from "@/lib/oauth-scopes";
import type { RouterOutputs } from "@/trpc/react";
import { RevokeInPlace } from "./revoke-in-place";

type ConnectedApp = RouterOutputs["connectedApp"]["list"][number];

/** One app the user allowed, with what it may do; revoking asks first. */
export function ConnectedAppItem({
  app,
  timeZone,
  busy,
  onRevoke,
}: {
  app: ConnectedApp;
  timeZone: string;
  busy: boolean;
  onRevoke: () => void;
}) {
  const hourCycle = useHourCycle();
  const name = app.name ?? app.clientId;
  return (
    <li className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm">
      <p className="font-medium">{name}</p>
      <ul aria-label={`What ${name} can do`} className="list-disc pl-5 text-muted">
        {describeScopes(app.scopes).map((words) => (
          <li key={words}>{words}</li>
        ))}
      </ul>
      {app.createdAt ? <p className="text-muted">Allowed {formatInstant(app.createdAt, timeZone, hourCycle)}</p> : null}
      <RevokeInPlace
        name={name}
        consequence="It loses access to your account at once."
        confirmLabel="Revoke access"
        busy={busy}
        onRevoke={onRevoke}
      />
    </li>
  );
}
