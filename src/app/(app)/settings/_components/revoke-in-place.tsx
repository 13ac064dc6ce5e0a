"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Revoke, asking first in place (what is revoked stops working at once): Revoke swaps for the question with
 * the confirming button and Cancel, and keyboard focus follows the buttons as they swap. `verb` and
 * `busyLabel` word another such action (a calendar feed's Rotate).
 */
export function RevokeInPlace({
  name,
  consequence,
  confirmLabel,
  busy,
  onRevoke,
  verb = "Revoke",
  busyLabel = "Revoking…",
}: {
  /** What is revoked, as the user named it or knows it. */
  name: string;
  /** What happens then, e.g. "Scripts using it stop working at once." */
  consequence: string;
  /** The confirming button's words, e.g. "Revoke token". */
  confirmLabel: string;
  busy: boolean;
  onRevoke: () => void;
  verb?: string;
  busyLabel?: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming || wasConfirming.current) actions.current?.querySelector("button")?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <div ref={actions}>
        <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`${verb} ${name}`}>
          {verb}
        </Button>
      </div>
    );
  }
  return (
    <div ref={actions} className="flex flex-wrap items-center gap-2">
      <p>
        {verb} “{name}”? {consequence}
      </p>
      <Button className="bg-danger text-bg hover:opacity-90" disabled={busy} onClick={onRevoke}>
        {busy ? busyLabel : confirmLabel}
      </Button>
      <Button variant="ghost" disabled={busy} onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </div>
  );
}
