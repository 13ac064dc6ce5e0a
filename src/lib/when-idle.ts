/**
 * Runs `work` once the browser is idle (after what it is busy with now: hydrating the page, the action a
 * click started); a short wait where there is no requestIdleCallback. Returns what cancels it.
 */
export function whenIdle(work: () => void): () => void {
  if ("requestIdleCallback" in window) {
    const handle = requestIdleCallback(() => work());
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 500);
  return () => clearTimeout(timer);
}
