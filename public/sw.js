// Tasklane's service worker: shows reminder pushes and opens the task when one is clicked, and keeps the
// app's pages and assets so a reload while offline shows the app (with the lists it last saw) instead of the
// browser's error page. Plain script (served as is from /public): no build step, no imports.

// Bump a version when what a cache holds changes shape: activation deletes every other tasklane-* cache.
const PAGES = "tasklane-pages-v1";
const ASSETS = "tasklane-assets-v1";
const KEPT = [PAGES, ASSETS];
const ASSETS_MAX = 400;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) =>
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith("tasklane-") && !KEPT.includes(name)).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  ),
);

/** Pages whose HTML belongs to whoever is signed in: /api/* is never kept, nor are the signed-out pages. */
function isKeptPage(url) {
  return url.origin === self.location.origin && !url.pathname.startsWith("/api/") && url.pathname !== "/sign-in";
}

/** Built files (their names change with their content) and the app's icon. */
const isAsset = (url) =>
  url.origin === self.location.origin && (url.pathname.startsWith("/_next/static/") || url.pathname === "/icon.svg");

/** Only a page's own, complete answer is kept: no redirect (to sign-in), no error. */
const keepable = (response) => response.ok && response.type === "basic" && !response.redirected;

// Nothing is kept until a page asks (production builds only, src/app/(app)/_components/offline): until then,
// and in development, every request goes to the network as if there were no worker.
const keeping = () => caches.has(PAGES);

async function keepAssets(urls) {
  const cache = await caches.open(ASSETS);
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      const response = await fetch(url);
      if (keepable(response)) await cache.put(url, response);
    }),
  );
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - ASSETS_MAX)).map((request) => cache.delete(request)));
}

async function keepPage(url) {
  const cache = await caches.open(PAGES);
  if (await cache.match(url, { ignoreVary: true })) return;
  const response = await fetch(url, { credentials: "same-origin" });
  if (keepable(response)) await cache.put(url, response);
}

self.addEventListener("message", (event) => {
  const { data } = event;
  if (event.origin && event.origin !== self.location.origin) return;
  if (data?.type !== "keep-page" || typeof data.page !== "string" || !Array.isArray(data.assets)) return;
  const page = new URL(data.page);
  const assets = data.assets.filter((url) => typeof url === "string" && isAsset(new URL(url)));
  if (!isKeptPage(page)) return;
  event.waitUntil(Promise.all([keepPage(page.href), keepAssets(assets)]).catch(() => undefined));
});

const OFFLINE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Tasklane</title></head><body style="font-family: system-ui, sans-serif; margin: 0"><main style="max-width: 32rem; margin: 3rem auto; padding: 0 1rem"><h1>You're offline</h1><p>This page has not been opened on this device yet. <a href="/">Open the Inbox</a>, or try again when you're back online.</p></main></body></html>`;

/**
 * Network first: the latest page when online (refreshing its kept copy, if the app asked to keep it: a
 * signed-out page, or one with a token in its address, never is); the kept copy, else a notice, offline.
 */
async function page(request) {
  if (!(await keeping())) return fetch(request);
  const cache = await caches.open(PAGES);
  const kept = await cache.match(request.url, { ignoreVary: true });
  try {
    const response = await fetch(request);
    if (kept && keepable(response)) await cache.put(request.url, response.clone());
    return response;
  } catch (error) {
    if (kept) return kept;
    if (!(error instanceof TypeError)) throw error;
    return new Response(OFFLINE_PAGE, { status: 503, headers: { "content-type": "text/html; charset=utf-8" } });
  }
}

/** Cache first: a built asset's name changes with its content. */
async function asset(request) {
  const kept = await caches.match(request, { cacheName: ASSETS });
  if (kept) return kept;
  const response = await fetch(request);
  if (keepable(response) && (await keeping())) {
    const cache = await caches.open(ASSETS);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (request.mode === "navigate" && url.pathname === "/sign-in") {
    // Whoever was signed in has left (or is about to): their pages go, and nothing is kept until asked again.
    event.waitUntil(caches.delete(PAGES));
  } else if (request.mode === "navigate" && isKeptPage(url)) event.respondWith(page(request));
  else if (isAsset(url)) event.respondWith(asset(request));
});

self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: event.data ? event.data.text() : "" };
  }
  const title = typeof data.title === "string" && data.title ? data.title : "Tasklane reminder";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === "string" ? data.body : "Reminder",
      // The same tag as the open app's own notification: one replaces the other instead of doubling.
      tag: typeof data.tag === "string" ? data.tag : undefined,
      data: { url: typeof data.url === "string" ? data.url : "/" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? "/", self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) {
        await open.focus();
        await open.navigate(url);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
