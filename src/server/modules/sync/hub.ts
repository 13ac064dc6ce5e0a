import "server-only";

/**
 * What wakes a stream: rows just announced (their seqs, possibly older than rows already sent: a
 * transaction that took its seq first can commit last), or "read after your cursor" when announcements
 * may have been missed (the listener reconnected) or are not sent at all (polling), up to `upTo` when known.
 */
export type Wake = { kind: "announced"; seqs: readonly number[] } | { kind: "catchUp"; upTo: number | null };

/** Where wakes come from: LISTEN or polling (sources.ts). `start` returns how to stop it. */
export interface WakeSource {
  start(wake: (wake: Wake) => void): () => Promise<void>;
}

type Subscriber = (wake: Wake) => void;

/**
 * The process's one view of the feed, fanned out in memory: however many screens are open on this
 * instance, one source (one listening connection, or one poll) serves them all. The source runs only
 * while someone subscribes, so an instance nobody watches keeps no connection open.
 */
export class ChangeHub {
  private readonly subscribers = new Set<Subscriber>();
  private stopSource: (() => Promise<void>) | null = null;
  private readonly closing = new AbortController();

  constructor(private readonly source: WakeSource) {}

  /** Calls `subscriber` with every wake until the returned function is called. */
  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    this.stopSource ??= this.source.start((wake) => this.publish(wake));
    return () => {
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0) this.stop();
    };
  }

  /** Aborted when the process shuts down: every open stream ends so its client reconnects elsewhere. */
  get closed(): AbortSignal {
    return this.closing.signal;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Ends every stream and stops the source (graceful shutdown). */
  close(): void {
    this.closing.abort();
    this.stop();
  }

  private publish(wake: Wake): void {
    for (const subscriber of this.subscribers) subscriber(wake);
  }

  private stop(): void {
    const stop = this.stopSource;
    this.stopSource = null;
    void stop?.();
  }
}
