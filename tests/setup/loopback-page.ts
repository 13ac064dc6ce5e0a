import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

/**
 * A site of an MCP client for a test file: one plain page at every path (its callback included, no favicon
 * 404), on 127.0.0.1. `origin` is ready inside tests; `host` names it (e.g. "localhost": another site).
 */
export function loopbackPage({ host = "127.0.0.1", title = "Agent" }: { host?: string; title?: string } = {}) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html lang="en"><title>${title}</title><main>You can close this window.</main></html>`,
    );
  });
  let origin = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    get origin(): string {
      if (!origin) throw new Error("the loopback page starts before the tests");
      return origin;
    },
  };
}
