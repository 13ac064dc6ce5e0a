/** What listening for lost connections needs of a pg (or Neon) pool and of the clients it connects. */
export interface ErrorEmitter {
  on(event: "error", listener: (error: Error) => void): unknown;
}
export interface ConnectingPool extends ErrorEmitter {
  on(event: "connect", listener: (client: ErrorEmitter) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
}

/**
 * Keeps a dropped connection from ending the process. A client reports a dead socket as an `error` event on
 * itself, and an event nobody listens to is thrown as an uncaught exception. pg-pool listens only while a
 * client sits idle; one checked out for a transaction (held across statements) has no listener, so every
 * client gets its own when the pool connects it. Logging is all that is left to do: the transaction's
 * next statement fails (answered as "database unavailable"), and the pool discards the client on release.
 */
export function survivePoolConnectionErrors(pool: ConnectingPool): void {
  pool.on("connect", (client) => {
    // A dying connection can report twice (the server's goodbye, then the closed socket): logged once.
    let reported = false;
    client.on("error", (error) => {
      if (!reported) warnConnectionLost(error);
      reported = true;
    });
  });
  // An idle client's error reaches the listener above and is then relayed here: already logged.
  pool.on("error", () => {});
}

function warnConnectionLost(error: Error): void {
  // Never the error itself: pg-pool sets `error.client`, whose connection parameters include the password.
  const code: unknown = Reflect.get(error, "code");
  console.warn(`[db] connection lost${typeof code === "string" ? ` (${code})` : ""}: ${error.message}`);
}
