import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NODE_ENV === "production") {
      const [{ log }, { routeConsoleThroughLog }] = await Promise.all([
        import("@/server/log"),
        import("@/server/log/console"),
      ]);
      routeConsoleThroughLog(log);
    }
    // Off Vercel the connection's address is the client's (or the last proxy's): stamped on every request.
    if (!process.env.VERCEL) {
      const { recordPeerAddresses } = await import("@/server/peer-address");
      recordPeerAddresses();
    }
    const { installGracefulShutdown } = await import("@/server/shutdown");
    installGracefulShutdown();
    // Open (and, for the embedded PGlite, migrate) the database before the first request.
    const { databaseReady } = await import("@/server/db");
    await databaseReady();
  }
}

const reported = new WeakSet<object>();

/**
 * A page or route that failed: the user sees Next's `digest` ("reference: …" on the error page), the
 * log line has it beside the request id, so one can be found from the other.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A failure every component of a page shares (the session read, cached per request) is reported once for each.
  if (typeof error === "object" && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  const { log, errorSummary } = await import("@/server/log");
  const requestId = request.headers["x-request-id"];
  const digest = typeof error === "object" && error !== null ? Reflect.get(error, "digest") : undefined;
  log.error("request failed", {
    requestId: typeof requestId === "string" ? requestId : null,
    digest: typeof digest === "string" ? digest : null,
    method: request.method,
    // Without the query string: reset and magic links carry their token there.
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    ...errorSummary(error),
  });
};
