"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatInstant } from "@/lib/dates";
import { describeScopes } from "@/lib/oauth-scopes";
import type { RouterOutputs } from "@/trpc/react";

type ConnectedApp = RouterOutputs["connectedApp"]["list"][number];

/** One app the user allowed; revoking asks first, in place, since the app loses access at once. */
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
  const [confirming, setConfirming] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);
  const name = app.name ?? app.clientId;

  // Keep keyboard focus on the actions as they swap (Revoke ⇄ Revoke access / Cancel).
  useEffect(() => {
    if (confirming || wasConfirming.current) actions.current?.querySelector("button")?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <li className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm">
      <p className="font-medium">{name}</p>
      <ul aria-label={`What ${name} can do`} className="list-disc pl-5 text-muted">
        {describeScopes(app.scopes).map((words) => (
          <li key={words}>{words}</li>
        ))}
      </ul>
      {app.createdAt ? <p className="text-muted">Allowed {formatInstant(app.createdAt, timeZone)}</p> : null}
      {confirming ? (
        <div ref={actions} className="flex flex-wrap items-center gap-2">
          <p>Revoke “{name}”? It loses access to your account at once.</p>
          <Button className="bg-danger text-bg hover:opacity-90" disabled={busy} onClick={onRevoke}>
            {busy ? "Revoking…" : "Revoke access"}
          </Button>
          <Button variant="ghost" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <div ref={actions}>
          <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
            Revoke
          </Button>
        </div>
      )}
    </li>
  );
}
