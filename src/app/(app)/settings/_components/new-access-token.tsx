"use client";

import { useEffect, useRef, useState } from "react";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import type { RouterOutputs } from "@/trpc/react";

type Created = RouterOutputs["accessToken"]["create"];

/** The new token, shown this once: the server keeps only its hash. */
export function NewAccessToken({ created, onDismiss }: { created: Created; onDismiss: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  const origin = typeof window === "undefined" ? "" : window.location.origin;

  // Move focus here so keyboard and screen-reader users land on the token they must copy now.
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="flex max-w-2xl flex-col gap-2 rounded-md border border-accent p-4">
      <h3 ref={heading} tabIndex={-1} className="font-medium">
        Your new token “{created.name}”
      </h3>
      <p className="text-sm font-medium">Copy it now: it will not be shown again.</p>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="new-access-token" className="break-all rounded-sm bg-surface px-2 py-1 text-sm">
          {created.token}
        </code>
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? <Icon name="check" className="size-4" /> : <Icon name="copy" className="size-4" />}
          {copied ? "Copied" : "Copy token"}
        </Button>
      </div>
      <p className="text-sm text-muted">Try it:</p>
      <pre className="whitespace-pre-wrap break-all rounded-sm bg-surface p-2 text-xs">
        <code>{`curl -H "Authorization: Bearer ${created.token}" ${origin}/api/trpc/account.me`}</code>
      </pre>
      <p role="status" className="sr-only">
        {copied ? "Token copied to the clipboard." : ""}
      </p>
      <div>
        <Button variant="ghost" onClick={onDismiss}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}
