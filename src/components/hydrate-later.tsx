import { type ReactNode, Suspense } from "react";

/**
 * A part of a server-rendered page that React hydrates after the rest of it, in slices that leave the main
 * thread free between them, rather than in the one task that hydrates the page (with a view's rows in it,
 * that task was the longest Lighthouse counted into Total Blocking Time; issue #20 target 4). Nothing in it
 * suspends: the server draws it with the page, and a click or a key on it before its turn hydrates it first.
 * Its HTML comes in the same response; React writes a part over 12.8 kB after the page's shell and an inline
 * script moves it into place, at the first frame when the document comes whole (README decision 48).
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
