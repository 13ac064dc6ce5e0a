import "server-only";
import { dehydrate, type QueryClient } from "@tanstack/react-query";
import { createHydrationHelpers } from "@trpc/react-query/rsc";
import { cache, createElement, type ReactNode } from "react";
import { identityFromSession } from "@/server/auth/identity";
import { getSession } from "@/server/auth/session";
import { db } from "@/server/db";
import { createInnerContext } from "@/server/trpc/init";
import { type AppRouter, createCaller } from "@/server/trpc/root";
import { HydrateJson } from "./hydrate-json";
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

export function HydrateClient({ children }: { children: ReactNode }) {
  return hydrateFrom(getQueryClient(), children);
}

/**
 * The same for the signed-in layout, with a cache of its own: each boundary hands the browser only what its
 * segment prefetched. With one cache per request, the layout's and the page's boundaries (rendered in either
 * order) each carried everything, so the page's 50 tasks went to the browser twice.
 */
// A function of its own: React's cache() keys on the function, so cache(makeQueryClient) here would be the page's.
const getLayoutQueryClient = cache(() => makeQueryClient());
export const { trpc: layoutApi } = createHydrationHelpers<AppRouter>(caller, getLayoutQueryClient);

export function HydrateLayout({ children }: { children: ReactNode }) {
  return hydrateFrom(getLayoutQueryClient(), children);
}

/**
 * A boundary that hands the browser what `client`'s cache holds. tRPC's own passes the dehydrated cache as an
 * object prop, which React's flight payload writes value by value (a page's 50 tasks: about 1 300 values,
 * each written, then revived one by one to render the HTML) and where every task's dates share one annotation
 * object, written again as a long reference path each time. One JSON text is written, read and parsed whole:
 * less server time per page and a smaller page.
 */
function hydrateFrom(client: QueryClient, children: ReactNode) {
  return createElement(HydrateJson, { state: JSON.stringify(dehydrate(client)), children });
}
