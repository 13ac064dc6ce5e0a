import "server-only";
import { defaultShouldDehydrateQuery, dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createHydrationHelpers } from "@trpc/react-query/rsc";
import type { inferRouterOutputs } from "@trpc/server";
import { cache, createElement, type ReactNode } from "react";
import { identityFromSession } from "@/server/auth/identity";
import { getSession } from "@/server/auth/session";
import { db } from "@/server/db";
import { createInnerContext } from "@/server/trpc/init";
import { type AppRouter, createCaller } from "@/server/trpc/root";
import { makeQueryClient } from "./query-client";

/** One context (sharing the page's cached session read) and one QueryClient per request. */
const createRequestContext = cache(async () =>
  createInnerContext({ db, identity: identityFromSession(await getSession()) }),
);
const getQueryClient = cache(makeQueryClient);

const caller = createCaller(createRequestContext);

/**
 * `api.x.y()` calls a procedure from a Server Component; `api.x.y.prefetch()`
 * puts its result in the cache that <HydrateClient> hands to the browser.
 */
export const { trpc: api } = createHydrationHelpers<AppRouter>(caller, getQueryClient);

type Outputs = inferRouterOutputs<AppRouter>;
/** A query's procedure, as "router.procedure" ("task.list"). */
export type ProcedurePath = {
  [Router in keyof Outputs]: `${Router & string}.${keyof Outputs[Router] & string}`;
}[keyof Outputs];

/**
 * Hands the browser's cache the queries this request prefetched from the procedures in `paths` (done, or
 * still pending: those stream in). A layout and its page render side by side over one request's cache: each
 * names its own reads, so none is serialized into the page twice.
 */
export function HydrateClient({ paths, children }: { paths: readonly ProcedurePath[]; children: ReactNode }) {
  const client = getQueryClient();
  const handedOver = client.getDefaultOptions().dehydrate?.shouldDehydrateQuery ?? defaultShouldDehydrateQuery;
  const state = dehydrate(client, {
    shouldDehydrateQuery: (query) => {
      const [path] = query.queryKey;
      const named = Array.isArray(path) && (paths as readonly string[]).includes(path.join("."));
      return named && handedOver(query);
    },
  });
  return createElement(HydrationBoundary, { state }, children);
}
