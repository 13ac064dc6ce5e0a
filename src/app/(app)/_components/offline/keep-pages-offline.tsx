"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** What this page loaded from the app (the worker keeps its scripts, styles, fonts and icon, nothing else). */
function loadedAssets(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(location.origin) && !url.startsWith(`${location.origin}/api/`));
}

/**
 * Asks the service worker (registered by the reminders, public/sw.js) to keep each page shown, with what
 * it loaded: the first page and pages reached by client-side navigation never pass through its fetch
 * handler. Production only: the worker keeps nothing until asked, so in development it never serves a
 * stale chunk over hot reload.
 */
export function KeepPagesOffline() {
  const pathname = usePathname();

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !pathname || !("serviceWorker" in navigator)) return;
    void navigator.serviceWorker.ready.then((registration) =>
      registration.active?.postMessage({ type: "keep-page", page: location.href, assets: loadedAssets() }),
    );
  }, [pathname]);

  return null;
}
