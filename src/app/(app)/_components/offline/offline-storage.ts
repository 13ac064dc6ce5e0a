"use client";

import { isOfflineCacheKey } from "./offline-cache";

// Where the offline copy lives: localStorage, read synchronously once per load (a few lists and queued
// creates; no new dependency, no async restore racing the first render's data).

let stopped = false;

export function readOfflineCopy(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes the copy, unless this browser signed out meanwhile; a full storage keeps the previous copy. */
export function writeOfflineCopy(key: string, text: string) {
  if (stopped) return;
  try {
    localStorage.setItem(key, text);
  } catch {
    // Quota exceeded or storage disabled: the app works as before, only without an offline copy.
  }
}

/** Signed in (again): copies may be written. */
export function allowOfflineCopies() {
  stopped = false;
}

/** The page cache of the service worker (public/sw.js): every cache whose name starts with this. */
export const PAGE_CACHE_PREFIX = "tasklane-pages";

/**
 * On sign-out: forgets every user's offline copy in this browser, and the pages the service worker kept
 * (they show the signed-in user's lists), so the next person at this browser sees none of it.
 */
export async function clearOfflineData() {
  stopped = true;
  try {
    for (const key of Object.keys(localStorage)) if (isOfflineCacheKey(key)) localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
  if (!("caches" in window)) return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(PAGE_CACHE_PREFIX)).map((name) => caches.delete(name)));
}
