"use client";

import { useState } from "react";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";

function asText(codes: string[]): string {
  return [
    "Tasklane backup codes",
    "Each code signs you in once, when you cannot use your authenticator app.",
    "",
    ...codes,
    "",
  ].join("\n");
}

/** The backup codes, shown once: to copy or to download as a text file. */
export function BackupCodes({ codes }: { codes: string[] }) {
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(asText(codes));
      setStatus("Backup codes copied.");
    } catch {
      setStatus("Could not copy. Select the codes and copy them, or download them.");
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([asText(codes)], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "tasklane-backup-codes.txt";
    link.click();
    URL.revokeObjectURL(url);
    setStatus("Backup codes downloaded.");
  }

  return (
    <div className="flex flex-col gap-2">
      <ul
        aria-label="Backup codes"
        className="grid grid-cols-2 gap-x-4 gap-y-1 rounded-md border border-border bg-surface p-3 font-mono text-sm"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={copy}>
          <Icon name="copy" className="size-4" />
          Copy codes
        </Button>
        <Button variant="secondary" onClick={download}>
          <Icon name="download" className="size-4" />
          Download .txt
        </Button>
      </div>
      <p role="status" className="text-sm text-muted">
        {status}
      </p>
    </div>
  );
}
