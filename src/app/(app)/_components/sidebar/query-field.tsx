"use client";

import { useEffect, useId, useState } from "react";
import { parseFilter } from "@/lib/filters/parse";
import { FILTER_QUERY_MAX } from "@/lib/schemas/filter";
import { api } from "@/trpc/react";

/** How long typing must pause before the preview asks the server. */
const PREVIEW_DELAY_MS = 400;
const PREVIEW_LIMIT = 50;

interface QueryFieldProps {
  defaultValue: string;
  /** The form's own message for the field (a blank query on submit), shown while the query is blank. */
  error?: string | undefined;
  autoFocus?: boolean;
}

/**
 * A filter query, checked as it is typed with the same parser as the server: a query that does not parse
 * is echoed with the place it stops making sense marked, and the message says what was expected there
 * (both tied to the input by aria-describedby, the message in a polite live region). A query that parses
 * gets a preview: how many open tasks it finds now.
 */
export function QueryField({ defaultValue, error, autoFocus }: QueryFieldProps) {
  const id = useId();
  const [query, setQuery] = useState(defaultValue);
  const parsed = query.trim() === "" ? null : parseFilter(query);
  const problem = parsed && !parsed.ok ? parsed.error : null;
  // The live check speaks for a query typed; the form's message (from the last submit) only for a blank one.
  const shown = problem ? problem.message : parsed === null ? error : undefined;
  const describedBy = `${id}-hint ${id}-status${problem ? ` ${id}-echo` : ""}`;

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Query
      </label>
      <input
        id={id}
        name="query"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        maxLength={FILTER_QUERY_MAX}
        autoComplete="off"
        spellCheck={false}
        data-autofocus={autoFocus ? true : undefined}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-10 rounded-md border bg-bg px-3 font-mono text-base text-fg ${shown ? "border-danger" : "border-border"}`}
      />
      <p id={`${id}-hint`} className="text-sm text-muted">
        Such as <code>today | overdue</code>, <code>#Work &amp; p1</code> or <code>@waiting &amp; !7 days</code>.
      </p>
      {problem ? <ErrorEcho id={`${id}-echo`} query={query} position={problem.position} /> : null}
      <div id={`${id}-status`} aria-live="polite" className="text-sm">
        {shown ? <p className="text-danger">{shown}</p> : parsed?.ok ? <Preview query={query} /> : null}
      </div>
    </div>
  );
}

/** The query as typed, with the character at `position` (or a gap past the end) marked. */
function ErrorEcho({ id, query, position }: { id: string; query: string; position: number }) {
  const marked = query.charAt(position) || " ";
  return (
    <p id={id} className="overflow-x-auto rounded-md bg-surface px-3 py-1 font-mono text-sm whitespace-pre">
      <span className="sr-only">The problem is at character {position + 1}: </span>
      {query.slice(0, position)}
      <mark className="rounded-sm bg-danger px-0.5 text-bg">{marked}</mark>
      {query.slice(position + 1)}
    </p>
  );
}

/** How many open tasks the query finds, asked once typing pauses. */
function Preview({ query }: { query: string }) {
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const preview = api.task.list.useQuery(
    { filter: settled, status: "open", sort: "due", limit: PREVIEW_LIMIT },
    { enabled: settled === query, staleTime: 10_000 },
  );
  if (preview.isError && settled === query) return <p className="text-muted">Could not count the matching tasks.</p>;
  if (settled !== query || !preview.data) return <p className="text-muted">Looking for matching tasks…</p>;
  const count = preview.data.items.length;
  const many = preview.data.nextCursor !== null;
  return (
    <p className="text-muted">
      {count === 0
        ? "No open tasks match right now."
        : `${many ? `More than ${count}` : count} open ${count === 1 && !many ? "task matches" : "tasks match"} right now.`}
    </p>
  );
}
