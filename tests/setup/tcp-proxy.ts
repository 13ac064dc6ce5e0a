import { createConnection, createServer, type Socket } from "node:net";
import { afterAll } from "vitest";

/**
 * A TCP relay to PostgreSQL that a test can cut and restore, to watch the app
 * lose its database and get it back without a restart.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  // While holding, the database's answers wait here (in order) instead of reaching the app.
  let holding = false;
  const held: (() => void)[] = [];
  const server = createServer((client) => {
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.on("data", (chunk: Buffer) => {
      const deliver = () => {
        if (!client.destroyed) client.write(chunk);
      };
      if (holding) held.push(deliver);
      else deliver();
    });
    upstream.on("end", () => {
      if (holding) held.push(() => client.end());
      else client.end();
    });
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        const address = server.address();
        if (address === null || typeof address === "string") throw new Error("the proxy has no TCP address");
        resolve(address.port);
      });
    });
  const port = await listen(0);

  return {
    port,
    /** Holds every answer from the database (queries stay in flight) until release(). */
    hold() {
      holding = true;
    },
    /** Delivers the held answers in order and stops holding. */
    release() {
      holding = false;
      for (const deliver of held.splice(0)) deliver();
    },
    /** How many answers are being held: the queries waiting on the database right now. */
    get held() {
      return held.length;
    },
    /** Refuses new connections and drops the open ones, as a database that went away. */
    cut: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
    restore: async () => {
      await listen(port);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        if (!server.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}

export type TcpProxy = Awaited<ReturnType<typeof startTcpProxy>>;

/**
 * For setupAppServer()'s `databaseUrl`: the app reaches its database through a relay the test can cut or
 * hold. Call at the top of a file; the relay closes after the file.
 */
export function relayedDatabase() {
  let proxy: TcpProxy | undefined;
  afterAll(async () => {
    await proxy?.close();
  });
  return {
    async databaseUrl(url: string): Promise<string> {
      const parsed = new URL(url);
      proxy = await startTcpProxy({ host: parsed.hostname, port: Number(parsed.port || 5432) });
      parsed.host = `127.0.0.1:${proxy.port}`;
      return parsed.toString();
    },
    get proxy(): TcpProxy {
      if (!proxy) throw new Error("the relay starts with the app, before the tests");
      return proxy;
    },
  };
}
