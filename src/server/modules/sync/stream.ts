import "server-only";
import type { ChangeEvent } from "@/lib/change-feed";
import type { Database } from "@/server/db";
import { CHANGE_PAGE_SIZE, canReplayFrom, changesAfter, changesAmong, type FeedChange, feedBounds } from "./feed";
import type { ChangeHub, Wake } from "./hub";

export interface ChangeStreamOptions {
  db: Database;
  hub: ChangeHub;
  userId: string;
  /** The id of the last event the client saw (`tracked` ids are seqs), or null on a first connection. */
  lastEventId: string | null | undefined;
  /** Aborted when the request ends (the client left, or the stream reached its maximum duration). */
  signal: AbortSignal | undefined;
}

/** An event and its id (a seq): where a reconnection that saw it resumes (the router sends it `tracked`). */
export interface StreamEvent {
  id: string;
  event: ChangeEvent;
}

const toEvent = ({ seq, entity, id, projectId, op }: FeedChange): StreamEvent => ({
  id: String(seq),
  event: { entity, id, projectId, op },
});

/**
 * One screen's feed: what it missed since `lastEventId` (or `resync` when that is no longer kept), a
 * `ready` event once live, then every new change the user may see, until the request ends or the process
 * shuts down (then it throws an AbortError, see the end).
 */
export async function* changeStream(options: ChangeStreamOptions): AsyncGenerator<StreamEvent, void, undefined> {
  const { db, hub, userId } = options;
  const wakes = new WakeQueue();
  // Subscribed before reading where the feed is, so nothing committed in between goes unannounced.
  const unsubscribe = hub.subscribe((wake) => wakes.push(wake));
  const stop = AbortSignal.any([hub.closed, ...(options.signal ? [options.signal] : [])]);
  try {
    const bounds = await feedBounds(db);
    const given = options.lastEventId || null;
    const after = given === null ? null : parseSeq(given);
    let cursor = bounds.head;
    // Rows sent by a read after the cursor, which announcements of the same rows may follow: not sent twice.
    const sent = new Set<number>();
    if (given !== null && (after === null || !canReplayFrom(after, bounds))) {
      yield { id: String(cursor), event: { entity: "resync" } };
    } else {
      if (after !== null) {
        for await (const row of readAfter(db, userId, after, bounds.head)) {
          sent.add(row.seq);
          yield toEvent(row);
        }
      }
      yield { id: String(cursor), event: { entity: "ready" } };
    }

    while (!stop.aborted) {
      const wake = await wakes.next(stop);
      if (!wake) break;
      if (wake.kind === "announced") {
        const fresh = wake.seqs.filter((seq) => !sent.has(seq));
        for (const row of await changesAmong(db, userId, fresh)) yield toEvent(row);
        cursor = wake.seqs.reduce((highest, seq) => Math.max(highest, seq), cursor);
      } else {
        for await (const row of readAfter(db, userId, cursor, wake.upTo)) {
          cursor = Math.max(cursor, row.seq);
          // Polling (upTo known) announces nothing; a listener that just (re)connected announces what follows.
          if (wake.upTo === null) sent.add(row.seq);
          yield toEvent(row);
        }
        if (wake.upTo !== null) cursor = Math.max(cursor, wake.upTo);
      }
    }
    // Never a normal end: tRPC would send its "return" event and the client would stop for good. An abort
    // closes the response instead, and the browser's EventSource reconnects and resumes from its last id.
    throw new DOMException("The change stream ended: reconnect to resume.", "AbortError");
  } finally {
    unsubscribe();
  }
}

/** The user's rows after `after` (up to `upTo` when given), page by page. */
async function* readAfter(db: Database, userId: string, after: number, upTo: number | null) {
  let cursor = after;
  while (true) {
    const rows = await changesAfter(db, userId, cursor);
    for (const row of rows) {
      if (upTo !== null && row.seq > upTo) return;
      yield row;
      cursor = row.seq;
    }
    if (rows.length < CHANGE_PAGE_SIZE) return;
  }
}

function parseSeq(id: string): number | null {
  return /^\d{1,15}$/.test(id) ? Number(id) : null;
}

/** Wakes in arrival order, awaited one at a time; resolves undefined once `stop` is aborted. */
class WakeQueue {
  private readonly queued: Wake[] = [];
  private waiting: ((wake: Wake | undefined) => void) | null = null;

  push(wake: Wake): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(wake);
    } else {
      this.queued.push(wake);
    }
  }

  next(stop: AbortSignal): Promise<Wake | undefined> {
    const queued = this.queued.shift();
    if (queued) return Promise.resolve(queued);
    if (stop.aborted) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const onAbort = () => {
        this.waiting = null;
        resolve(undefined);
      };
      stop.addEventListener("abort", onAbort, { once: true });
      this.waiting = (wake) => {
        stop.removeEventListener("abort", onAbort);
        resolve(wake);
      };
    });
  }
}
