"use client";

import { Component, type ComponentType, type ReactNode } from "react";

/** A chunk that did not load: offline, and never loaded (nor kept by the service worker) while online. */
const isChunkLoadFailure = (error: unknown) => error instanceof Error && error.name === "ChunkLoadError";

class LoadFailureBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Any other failure is the page's, as before.
    if (!isChunkLoadFailure(error)) throw error;
    return null;
  }
}

/**
 * A part loaded on demand (next/dynamic) that, when its code cannot be fetched (offline, never opened here
 * before), is left out instead of replacing the whole page with the error screen.
 */
export function leftOutIfUnloadable<Props extends object>(Part: ComponentType<Props>): ComponentType<Props> {
  return function LoadedOnDemand(props: Props) {
    return (
      <LoadFailureBoundary>
        <Part {...props} />
      </LoadFailureBoundary>
    );
  };
}

/** Starts loading a part ahead of its use; a failure (offline) is no error: it loads, or is left out, when used. */
export function preload(load: () => Promise<unknown>) {
  load().catch(() => undefined);
}
