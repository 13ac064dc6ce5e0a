"use client";

import { onlineManager, type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { httpBatchStreamLink, httpSubscriptionLink, loggerLink, splitLink, TRPCClientError } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { type ReactNode, useState } from "react";
import { MAX_BATCH_SIZE } from "@/lib/limits";
import { transformer } from "@/lib/transformer";
import type { AppRouter } from "@/server/trpc/root";
import { makeQueryClient } from "./query-client";

export const api = createTRPCReact<AppRouter>();

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  // The server makes a new client per request; the browser keeps one for the page's life.
  if (typeof window === "undefined") return makeQueryClient();
  if (!browserQueryClient) {
    // TanStack assumes online until an 'offline' event: a page loaded while offline says so at once.
    onlineManager.setOnline(navigator.onLine);
    browserQueryClient = makeQueryClient();
  }
  return browserQueryClient;
}

/**
 * The live-updates stream refused because the session ended (signed out in another tab, revoked): not a
 * failure to report; the stream's owner sends the page to sign-in (live-updates.tsx).
 */
function sessionEndedUnderStream(error: Error): boolean {
  return error instanceof TRPCClientError && error.data?.path === "sync.changes" && error.data?.code === "UNAUTHORIZED";
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    api.createClient({
      links: [
        loggerLink({
          enabled: (op) =>
            process.env.NODE_ENV === "development" ||
            (op.direction === "down" && op.result instanceof Error && !sessionEndedUnderStream(op.result)),
        }),
        // Subscriptions (sync.changes) over SSE: the browser's EventSource reconnects with the last event id.
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ transformer, url: "/api/trpc" }),
          false: httpBatchStreamLink({
            transformer,
            url: "/api/trpc",
            maxItems: MAX_BATCH_SIZE,
            headers: () => ({ "x-trpc-source": "react" }),
          }),
        }),
      ],
    }),
  );

  return (
    <QueryClientProvider client={queryClient}>
      <api.Provider client={trpcClient} queryClient={queryClient}>
        {children}
      </api.Provider>
    </QueryClientProvider>
  );
}
