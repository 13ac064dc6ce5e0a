import "server-only";
import type { NotificationHandlers, StopListening } from "@/server/db/listen";
import { errorSummary, log } from "@/server/log";
import type { Wake, WakeSource } from "./hub";

const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 10_000;

/**
 * Wakes from LISTEN: each notification's seq, gathered for one turn of the event loop so that a bulk
 * write's hundreds of rows wake each stream once. Once listening, and again each time it listens anew after
 * the connection dropped (a database restart; retried with backoff), it wakes every stream to read what
 * it may have missed.
 */
export function listeningSource(listen: (handlers: NotificationHandlers) => Promise<StopListening>): WakeSource {
  return {
    start(wake: (wake: Wake) => void) {
      let stopped = false;
      let stopListening: StopListening | null = null;
      let retry: NodeJS.Timeout | undefined;
      let pending: number[] = [];

      const flush = () => {
        const seqs = pending;
        pending = [];
        if (seqs.length > 0 && !stopped) wake({ kind: "announced", seqs });
      };
      const onNotification = (payload: string) => {
        const seq = Number(payload);
        if (!Number.isSafeInteger(seq)) return;
        if (pending.length === 0) setImmediate(flush);
        pending.push(seq);
      };
      const connect = async (attempt: number) => {
        try {
          const stop = await listen({
            onNotification,
            onLost: (error) => {
              stopListening = null;
              log.warn("change feed: listening connection lost, listening again", errorSummary(error));
              schedule(1);
            },
          });
          if (stopped) return void (await stop());
          stopListening = stop;
          // Whatever committed before LISTEN took effect (since the streams read where the feed was, or
          // while the connection was down) was announced to nobody: every stream reads after its cursor.
          wake({ kind: "catchUp", upTo: null });
        } catch (error) {
          if (stopped) return;
          log.warn("change feed: cannot listen yet", { attempt, ...errorSummary(error) });
          schedule(attempt + 1);
        }
      };
      const schedule = (attempt: number) => {
        if (stopped) return;
        const delay = Math.min(RETRY_FIRST_MS * 2 ** (attempt - 1), RETRY_MAX_MS);
        retry = setTimeout(() => void connect(attempt), delay);
      };

      void connect(0);
      return async () => {
        stopped = true;
        clearTimeout(retry);
        await stopListening?.();
      };
    },
  };
}

/**
 * Wakes from polling the feed's head every `intervalMs`: no connection stays open between polls (a Neon
 * compute can sleep when nobody writes), at the cost of up to `intervalMs` of delay and one small read
 * per poll per instance.
 */
export function pollingSource(readHead: () => Promise<number>, intervalMs: number): WakeSource {
  return {
    start(wake: (wake: Wake) => void) {
      let stopped = false;
      // The first poll wakes too: streams that opened before it read up to the head it found.
      let known: number | null = null;
      let timer: NodeJS.Timeout | undefined;
      const poll = async () => {
        try {
          const head = await readHead();
          if (head !== known) wake({ kind: "catchUp", upTo: head });
          known = head;
        } catch (error) {
          log.warn("change feed: poll failed", errorSummary(error));
        }
        if (!stopped) timer = setTimeout(() => void poll(), intervalMs);
      };
      void poll();
      return async () => {
        stopped = true;
        clearTimeout(timer);
      };
    },
  };
}
