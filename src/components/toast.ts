import type { ExternalToast, toast as sonnerToast } from "sonner";

// The app's toasts: sonner's, which loads at the user's first click or key (or at the first toast), not with
// every page. A toast asked for before its Toaster is on the page waits for it, then shows.

type Toast = typeof sonnerToast;
type Message = Parameters<Toast>[0];
type Show = (toast: Toast) => void;

let toaster: Toast | null = null;
const waiting: Show[] = [];
let wanted = false;
let fetching = false;
const listeners = new Set<() => void>();

/**
 * Asks for the Toaster (providers.tsx mounts it once asked). Its code is fetched first: when it cannot be
 * (offline, never loaded here), the toasts wait for the next try (the next toast, click or key).
 */
export function wantToaster() {
  if (wanted || fetching) return;
  fetching = true;
  import("./toaster").then(
    () => {
      wanted = true;
      for (const listener of listeners) listener();
    },
    () => {
      fetching = false;
    },
  );
}

export const toasterWanted = () => wanted;

export function subscribeToToaster(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The Toaster is on the page and listening: the toasts that waited show now, a turn later, so that its live
 * region is already in the page when their words arrive (a screen reader then reads them).
 */
export function toasterMounted(loaded: Toast) {
  setTimeout(() => {
    toaster = loaded;
    for (const show of waiting.splice(0)) show(loaded);
  });
}

function show(run: Show) {
  if (toaster) run(toaster);
  else {
    waiting.push(run);
    wantToaster();
  }
}

export const toast = Object.assign(
  (message: Message, data?: ExternalToast) => show((loaded) => loaded(message, data)),
  {
    success: (message: Message, data?: ExternalToast) => show((loaded) => loaded.success(message, data)),
    error: (message: Message, data?: ExternalToast) => show((loaded) => loaded.error(message, data)),
    warning: (message: Message, data?: ExternalToast) => show((loaded) => loaded.warning(message, data)),
  },
);
