"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api } from "@/trpc/react";

/** How many tasks the palette offers: the best matches, as a search page's first lines would be. */
export const PALETTE_TASKS = 5;
const TYPING_PAUSE_MS = 200;
/** Shorter queries match too much to be worth a request. */
const MIN_QUERY = 2;

/**
 * The open tasks that best match what is typed in the palette (the search page's matching, best
 * first), asked for once typing pauses; the previous answer stays on screen while the next loads.
 */
export function useTaskMatches(query: string) {
  const [settled, setSettled] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const enabled = settled.length >= MIN_QUERY && query.trim().length >= MIN_QUERY;
  const found = api.task.list.useQuery(
    { status: "open", search: settled, sort: "relevance", limit: PALETTE_TASKS },
    { enabled, placeholderData: keepPreviousData, staleTime: 10_000 },
  );
  return {
    tasks: enabled ? (found.data?.items ?? []) : [],
    searching: query.trim().length >= MIN_QUERY && (settled !== query.trim() || found.isFetching),
  };
}
