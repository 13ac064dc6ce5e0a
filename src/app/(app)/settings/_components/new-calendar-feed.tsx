"use client";

import { useEffect, useRef, useState } from "react";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";

/** A feed's new address, shown this once: the server keeps only its token's hash. */
export function NewCalendarFeed({ url, scope, onDismiss }: { url: string; scope: string; onDismiss: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);

  // Move focus here so keyboard and screen-reader users land on the address they must copy now.
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="flex max-w-2xl flex-col gap-2 rounded-md border border-accent p-4">
      <h3 ref={heading} tabIndex={-1} className="font-medium">
        Your new calendar feed ({scope})
      </h3>
      <p className="text-sm font-medium">
        Copy the address now: it will not be shown again. In your calendar app, choose “subscribe” or “add from URL” and
        paste it.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="new-calendar-feed-url" className="break-all rounded-sm bg-surface px-2 py-1 text-sm">
          {url}
        </code>
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? <Icon name="check" className="size-4" /> : <Icon name="copy" className="size-4" />}
          {copied ? "Copied" : "Copy address"}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {copied ? "Address copied to the clipboard." : ""}
      </p>
      <div>
        <Button variant="ghost" onClick={onDismiss}>
          I have copied it
        </Button>
      </div>
    </div>
  );
}
