import "server-only";

export interface BufferedWriter {
  /** Queues a line; it is written with the others of the same turn of the event loop. */
  write(line: string): void;
  /** Writes every queued line now, in order (at shutdown and on exit). */
  flush(): void;
}

/**
 * Lines are gathered and handed to `sink` in one write per turn of the event loop, instead of one
 * synchronous write per line (stdout to a pipe or a file is synchronous on Linux). Order is kept, and a
 * line is never split.
 */
export function createBufferedWriter(
  sink: (chunk: string) => void,
  schedule: (flush: () => void) => void = (flush) => setImmediate(flush),
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
