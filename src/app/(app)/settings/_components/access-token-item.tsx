"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatInstant } from "@/lib/dates";
import type { RouterOutputs } from "@/trpc/react";

type Token = RouterOutputs["accessToken"]["list"][number];

/** One token; revoking asks first, in place, since scripts using it stop working at once. */
export function AccessTokenItem({
  token,
  timeZone,
  busy,
  onRevoke,
}: {
  token: Token;
  timeZone: string;
  busy: boolean;
  onRevoke: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);

  // Keep keyboard focus on the actions as they swap (Revoke ⇄ Revoke token / Cancel).
  useEffect(() => {
    if (confirming || wasConfirming.current) actions.current?.querySelector("button")?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const expired = token.expiresAt !== null && token.expiresAt.getTime() < Date.now();

  return (
    <li className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm">
      <p className="font-medium">
        {token.name} <span className="font-mono text-muted">…{token.lastCharacters}</span>
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-muted">
        <dt>Created</dt>
        <dd className="text-fg">{formatInstant(token.createdAt, timeZone)}</dd>
        <dt>Last used</dt>
        <dd className="text-fg">{token.lastUsedAt ? formatInstant(token.lastUsedAt, timeZone) : "Never"}</dd>
        <dt>{expired ? "Expired" : "Expires"}</dt>
        <dd className="text-fg">{token.expiresAt ? formatInstant(token.expiresAt, timeZone) : "Never"}</dd>
      </dl>
      {confirming ? (
        <div ref={actions} className="flex flex-wrap items-center gap-2">
          <p>Revoke “{token.name}”? Scripts using it stop working at once.</p>
          <Button className="bg-danger text-bg hover:opacity-90" disabled={busy} onClick={onRevoke}>
            {busy ? "Revoking…" : "Revoke token"}
          </Button>
          <Button variant="ghost" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <div ref={actions}>
          <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`Revoke ${token.name}`}>
            Revoke
          </Button>
        </div>
      )}
    </li>
  );
}
