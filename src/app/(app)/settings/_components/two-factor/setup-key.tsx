"use client";

import { useId } from "react";

/** The secret of the otpauth:// URI, in groups of 4, for an app that cannot scan the QR code. */
export function SetupKey({ totpURI }: { totpURI: string }) {
  const id = useId();
  const secret = new URL(totpURI).searchParams.get("secret") ?? "";
  const grouped = secret.match(/.{1,4}/g)?.join(" ") ?? secret;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Setup key
      </label>
      <textarea
        id={id}
        readOnly
        rows={3}
        value={grouped}
        spellCheck={false}
        className="resize-none rounded-md border border-border bg-surface px-3 py-2 font-mono text-sm text-fg"
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}
