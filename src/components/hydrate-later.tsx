"use client";

import { type ReactNode, Suspense, startTransition, useEffect, useMemo, useState } from "react";
import { useBrowserValue } from "./use-browser-value";

/**
 * A part of a server-rendered page that React hydrates after the rest of it, in slices that leave the main
 * thread free between them, rather than in the one task that hydrates the page (with a view's rows in it,
 * that task was the longest Lighthouse counted into Total Blocking Time; issue #20 target 4). Nothing in it
 * suspends: the server draws it with the page, and a click or a key on it before its turn hydrates it first.
 *
 * React's server renderer writes such a part after the page's shell (as it does once a shell is over 12.8 kB), in the
 * same response, and an inline script moves it into place at the first frame, or up to 300 ms after the
 * first paint when the document's end came later (README decision 48). Until then the part is "pending", and
 * a change to it would make React drop its HTML and draw it again, twice in the page until the script runs.
 * So what it shows stays the first render's until it has hydrated; then it follows `children` again.
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  // False only on the server and while hydrating: a part mounted in the browser is live at once.
  const mountedInBrowser = useBrowserValue(isTrue, false);
  const [live, setLive] = useState(mountedInBrowser);
  const [first] = useState(children);
  const shown = live ? children : first;
  // The same element while not live: React compares a boundary's props by identity.
  return useMemo(
    () => (
      <Suspense>
        {live ? null : <OnHydrated run={setLive} />}
        {shown}
      </Suspense>
    ),
    [live, shown],
  );
}

function OnHydrated({ run }: { run(live: true): void }) {
  // In the background: catching up may draw many rows (a list's deferred ones).
  useEffect(() => startTransition(() => run(true)), [run]);
  return null;
}

const isTrue = () => true;
