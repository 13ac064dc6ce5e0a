"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Icon } from "@/components/icon";
import { SEARCH_MAX } from "@/lib/schemas/task";

const TYPING_PAUSE_MS = 250;

/** Searches as you type (after a short pause); the query lives in the URL, so results can be linked and reloaded. */
export function SearchBox({ initial }: { initial: string }) {
  const router = useRouter();
  const [query, setQuery] = useState(initial);
  const last = useRef(initial);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === last.current) return;
    const timer = setTimeout(() => {
      last.current = trimmed;
      router.replace(trimmed ? `/search?q=${encodeURIComponent(trimmed)}` : "/search", { scroll: false });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, router]);

  return (
    <search>
      <form onSubmit={(event) => event.preventDefault()} className="flex flex-col gap-1">
        <label htmlFor="search-tasks" className="text-sm font-medium">
          Search tasks
        </label>
        <div className="relative">
          <Icon name="search" className="pointer-events-none absolute top-3 left-3 size-5 text-muted" />
          <input
            id="search-tasks"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            maxLength={SEARCH_MAX}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the page exists to type a search
            autoFocus
            className="min-h-11 w-full rounded-md border border-border bg-bg pr-3 pl-10 text-base"
          />
        </div>
      </form>
    </search>
  );
}
