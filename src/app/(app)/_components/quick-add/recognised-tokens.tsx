"use client";

import type { ReactNode } from "react";
import { Icon } from "@/components/icon";
import type { QuickAddToken } from "./quick-add-plan";

const KINDS: Record<QuickAddToken["kind"], { name: string; className: string }> = {
  date: { name: "date", className: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100" },
  recurrence: { name: "repeat", className: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-100" },
  priority: { name: "priority", className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100" },
  project: { name: "project", className: "bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-100" },
  section: { name: "section", className: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100" },
  label: { name: "label", className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100" },
  assignee: { name: "assignee", className: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100" },
  deadline: { name: "deadline", className: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-100" },
};

/**
 * The typed line again, with each recognised part highlighted as a button: pressing it (click, Enter
 * or Space) undoes that recognition, and the words go back into the title.
 */
export function RecognisedTokens({
  text,
  tokens,
  onKeepAsText,
}: {
  text: string;
  tokens: readonly QuickAddToken[];
  onKeepAsText(token: QuickAddToken): void;
}) {
  const sorted = [...tokens].sort((a, b) => a.start - b.start);
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const token of sorted) {
    if (token.start > at) pieces.push(<span key={`text-${at}`}>{text.slice(at, token.start)}</span>);
    const kind = KINDS[token.kind];
    const words = text.slice(token.start, token.end);
    pieces.push(
      <button
        key={`token-${token.start}`}
        type="button"
        data-token-kind={token.kind}
        onClick={() => onKeepAsText(token)}
        // A click leaves the caret in the field (a title being edited is saved when it loses focus).
        onMouseDown={(event) => event.preventDefault()}
        aria-label={`${words}: ${kind.name}. Keep as text`}
        className={`mx-0.5 inline-flex items-center gap-1 rounded px-1 font-medium ${kind.className}`}
      >
        {words}
        <Icon name="x" className="size-3" />
      </button>,
    );
    at = Math.max(at, token.end);
  }
  if (at < text.length) pieces.push(<span key={`text-${at}`}>{text.slice(at)}</span>);
  return (
    <div className="flex flex-col gap-1">
      <p className="text-xs text-muted">Recognised (press one to keep it as text):</p>
      <p className="break-words text-sm leading-7 whitespace-pre-wrap">{pieces}</p>
    </div>
  );
}
