import "server-only";

export interface BufferedWriter {
  /** Queues a line; it is written with the others queued before the pending microtasks run. */
  write(line: string): void;
  /** Writes every queued line now, in order (at shutdown and on exit). */
  flush(): void;
}

/**
 * Lines are gathered and handed to `sink` in one write once the current job is done (a microtask), off the
 * logging call's path and before any later step of the request (its response is written in later
 * microtasks and turns, so a request's line is out before its answer). stdout to a pipe or a file is
 * synchronous on Linux: lines logged in the same job share one write. Order is kept, a line never split.
 */
export function createBufferedWriter(
  sink: (chunk: string) => void,
  schedule: (flush: () => void) => void = queueMicrotask,
): BufferedWriter {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const chunk = pending.join("");
    pending = [];
    sink(chunk);
  };
  return {
    write(line) {
      pending.push(line);
      if (scheduled) return;
      scheduled = true;
      schedule(flush);
    },
    flush,
  };
}
