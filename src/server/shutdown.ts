import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import { closeDatabase } from "@/server/db";
import { errorSummary, flushLog, log } from "@/server/log";
import { closeChangeHub } from "@/server/modules/sync/process-hub";

/** Under the 10 s a platform usually waits between SIGTERM and SIGKILL. */
const SHUTDOWN_DEADLINE_MS = 8_000;

interface RequestStart {
  server: Server;
  response: ServerResponse;
}

function isRequestStart(message: unknown): message is RequestStart {
  return typeof message === "object" && message !== null && "server" in message && "response" in message;
}

const globalForShutdown = globalThis as typeof globalThis & { tasklaneShutdownInstalled?: boolean };

/**
 * On SIGTERM/SIGINT: stop accepting connections, let the requests in flight finish, close the database
 * (pool or PGlite), exit 0; exit 1 if that takes past the deadline. `next start` would exit on its own as
 * soon as its server closed, without our cleanup, so `npm start` sets NEXT_MANUAL_SIG_HANDLE and this is
 * the only handler. Next does not hand its HTTP server to the app: Node's built-in
 * `http.server.request.start` channel gives it to us with every request, and counts what is in flight.
 */
export function installGracefulShutdown(): void {
  if (globalForShutdown.tasklaneShutdownInstalled) return;
  globalForShutdown.tasklaneShutdownInstalled = true;

  const servers = new Set<Server>();
  let inFlight = 0;
  let stopping = false;
  let drained: (() => void) | undefined;

  subscribe("http.server.request.start", (message) => {
    if (!isRequestStart(message)) return;
    servers.add(message.server);
    inFlight += 1;
    // A request that arrives on a kept-alive connection during shutdown is served, then the connection closes.
    if (stopping && !message.response.headersSent) message.response.setHeader("connection", "close");
    message.response.once("close", () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    });
  });

  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = performance.now();
    log.info("shutdown started", { signal, inFlight });
    setTimeout(() => {
      log.error("shutdown deadline passed, exiting", { inFlight });
      flushLog();
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();

    for (const server of servers) {
      if (server.listening) server.close();
      server.closeIdleConnections();
    }
    // Open change streams would hold the drain until the deadline: they end now, and their browsers
    // reconnect (to another instance) and resume.
    closeChangeHub();
    if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
    for (const server of servers) server.closeAllConnections();
    try {
      await closeDatabase();
    } catch (error) {
      log.error("closing the database failed", errorSummary(error));
    }
    log.info("shutdown complete", { signal, durationMs: Math.round(performance.now() - started) });
    flushLog();
    process.exit(0);
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
