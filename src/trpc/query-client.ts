import { QueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { transformer } from "@/lib/transformer";

const QUERY_ATTEMPTS = 3;

/**
 * Whether a failed read is worth another try: a lost connection or a server failure (5xx) may pass; an
 * answer about the request itself (4xx: not found, forbidden, too many requests) will not, and retrying a
 * 429 only spends the allowance again.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= QUERY_ATTEMPTS) return false;
  const status = error instanceof TRPCClientError ? Reflect.get(error.data ?? {}, "httpStatus") : undefined;
  return typeof status !== "number" || status >= 500;
}

/** One QueryClient shape for both sides: the server dehydrates into it, the browser hydrates from it. */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data the server just rendered is fresh: no refetch on mount.
        staleTime: 30 * 1000,
        retry: shouldRetryQuery,
      },
      dehydrate: {
        // Only what has arrived: the server hands its cache over as JSON text (trpc/server.ts), which carries
        // no promise of a read still under way; every page awaits its prefetches.
        serializeData: transformer.serialize,
      },
      hydrate: {
        deserializeData: transformer.deserialize,
      },
    },
  });
}
