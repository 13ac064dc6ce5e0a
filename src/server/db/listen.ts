import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import { Client as NeonClient } from "@neondatabase/serverless";
import pg from "pg";

/** What a listener hears: each notification's payload, and (once) that its connection is gone. */
export interface NotificationHandlers {
  onNotification(payload: string): void;
  /**
   * The connection ended once listening (a server restart, a network cut): listen again to hear more.
   * Never for PGlite, and never for an attempt that failed: that is the listen call's rejection alone.
   */
  onLost(error: unknown): void;
}

/** What LISTEN needs of a connection: `pg`'s Client and the Neon driver's (its WebSocket port) alike. */
interface ListeningClient {
  connect(): Promise<unknown>;
  query(text: string): Promise<unknown>;
  end(): Promise<unknown>;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "end", listener: () => void): unknown;
  on(event: "notification", listener: (message: { channel: string; payload?: string }) => void): unknown;
}

/** Stops listening and closes what listening opened. */
export type StopListening = () => Promise<void>;

/**
 * LISTEN on a connection of its own, outside the pool: a pooled connection goes back to the pool (and a
 * transaction-mode pooler such as Neon's `-pooler` host drops session state), so `url` must be a direct
 * one. The Neon driver's Client speaks the same protocol over a WebSocket.
 */
export async function listenOnServer(
  driver: "pg" | "neon",
  url: string,
  channel: string,
  handlers: NotificationHandlers,
): Promise<StopListening> {
  const client: ListeningClient =
    driver === "pg"
      ? new pg.Client({ connectionString: url, keepAlive: true, connectionTimeoutMillis: 5_000 })
      : new NeonClient({ connectionString: url });
  // Lost only once listening. While connecting, a failure is the returned promise's rejection alone: pg
  // reports it as `end` too, and a caller told twice would retry twice, each retry forking again.
  let listening = false;
  let ended = false;
  let endedWith: unknown;
  let stopping = false;
  const reportLost = (error: unknown) => {
    if (ended || stopping) return;
    ended = true;
    endedWith = error;
    if (listening) handlers.onLost(error);
  };
  // A dead socket is reported as `error` and then `end`: both mean "listen again", reported once.
  client.on("error", reportLost);
  client.on("end", () => reportLost(new Error("listening connection ended")));
  client.on("notification", (message) => {
    if (message.channel === channel && message.payload !== undefined) handlers.onNotification(message.payload);
  });
  try {
    await client.connect();
    await client.query(`LISTEN "${channel}"`);
    // Ended after answering, before this line ran: this attempt failed (it must not pass for listening).
    if (ended) throw endedWith;
    listening = true;
  } catch (error) {
    stopping = true;
    await client.end().catch(() => {});
    throw error;
  }
  return async () => {
    stopping = true;
    await client.end().catch(() => {});
  };
}

/** LISTEN inside the embedded database: the app's own writes notify it, in this process. */
export async function listenOnPglite(
  client: PGlite,
  channel: string,
  handlers: NotificationHandlers,
): Promise<StopListening> {
  const unlisten = await client.listen(channel, handlers.onNotification);
  return async () => {
    if (!client.closed) await unlisten();
  };
}
