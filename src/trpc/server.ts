import "server-only";
import { createHydrationHelpers } from "@trpc/react-query/rsc";
import { cache } from "react";
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
export const { trpc: api, HydrateClient } = createHydrationHelpers<AppRouter>(caller, getQueryClient);

/**
 * The same for the signed-in layout, with a cache of its own: each boundary hands the browser only what its
 * segment prefetched. With one cache per request, the layout's and the page's boundaries (rendered in either
 * order) each carried everything, so the page's 50 tasks went to the browser twice.
 */
export const { trpc: layoutApi, HydrateClient: HydrateLayout } = createHydrationHelpers<AppRouter>(
  caller,
  // A function of its own: React's cache() keys on the function, so cache(makeQueryClient) here would be the page's.
  cache(() => makeQueryClient()),
);
