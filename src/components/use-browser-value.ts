import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A value only the browser has and that does not change under a page (its language, its time zone), or
 * `onServer` while rendering on the server and in the render that hydrates that HTML, so hydration never
 * mismatches; React renders again with the browser's value straight after. `read` returns a primitive or
 * the same object each time.
 */
export function useBrowserValue<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(noSubscription, read, () => onServer);
}
