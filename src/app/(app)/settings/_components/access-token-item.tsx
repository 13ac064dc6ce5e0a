"use client";

import { useHourCycle } from "@/app/(app)/_components/hour-cycle";
import { formatInstant } from "@/lib/dates";
import type { RouterOutputs } from "@/trpc/react";
import { RevokeInPlace } from "./revoke-in-place";

type Token = RouterOutputs["accessToken"]["list"][number];

/** One token, with when it was made, used and expires; revoking asks first. */
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
  const hourCycle = useHourCycle();
  const expired = token.expiresAt.getTime() < Date.now();
  return (
    <li className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm">
      <p className="font-medium">
        {token.name} <span className="font-mono text-muted">…{token.lastCharacters}</span>
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-muted">
        <dt>Created</dt>
        <dd className="text-fg">{formatInstant(token.createdAt, timeZone, hourCycle)}</dd>
        <dt>Last used</dt>
        <dd className="text-fg">{token.lastUsedAt ? formatInstant(token.lastUsedAt, timeZone, hourCycle) : "Never"}</dd>
        <dt>{expired ? "Expired" : "Expires"}</dt>
        <dd className="text-fg">{formatInstant(token.expiresAt, timeZone, hourCycle)}</dd>
      </dl>
      <RevokeInPlace
        name={token.name}
        consequence="Scripts using it stop working at once."
        confirmLabel="Revoke token"
        busy={busy}
        onRevoke={onRevoke}
      />
    </li>
  );
}
