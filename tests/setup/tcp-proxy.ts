import { createConnection, createServer, type Socket } from "node:net";

// No vitest here: the load script uses it too (relayedDatabase() in app-server.ts is the tests' way in).

/** A simple-protocol Query message as pg sends a statement without parameters (Drizzle's begin/commit/rollback). */
function simpleQuery(text: string): Buffer {
  const body = Buffer.from(`${text}\0`);
  const header = Buffer.alloc(5);
  header.write("Q");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const BEGIN = simpleQuery("begin");
const ENDS = [simpleQuery("commit"), simpleQuery("rollback")];

/**
 * A TCP relay to PostgreSQL that a test can cut and restore, to watch the app
 * lose its database and get it back without a restart.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  // While holding, the database's answers wait here (in order) instead of reaching the app.
  let holding = false;
  const held: (() => void)[] = [];
  // The app's connections between a `begin` and its `commit` or `rollback`.
  const inTransaction = new Set<Socket>();
  let armed: { count: number; fire: (open: number) => void } | undefined;

  const server = createServer((client) => {
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => {
        sockets.delete(socket);
        inTransaction.delete(client);
      });
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    client.on("data", (chunk: Buffer) => {
      if (chunk.includes(BEGIN)) inTransaction.add(client);
      if (ENDS.some((end) => chunk.includes(end))) inTransaction.delete(client);
      if (armed && inTransaction.size >= armed.count) armed.fire(inTransaction.size);
    });
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

  /** Refuses new connections and resets the open ones (the app reads ECONNRESET), as a network failure. */
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.resetAndDestroy();
      server.close(() => resolve());
    });

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
    /** How many of the app's connections are inside a transaction right now. */
    get openTransactions() {
      return inTransaction.size;
    },
    cut,
    /**
     * Cuts as soon as at least `count` of the app's connections are inside a transaction (in the same tick
     * it sees the last of them begin, so they are cut half-way); resolves with how many were. Rejects
     * after `withinMs` without cutting.
     */
    cutInTransactions(count: number, withinMs = 30_000) {
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          armed = undefined;
          reject(new Error(`fewer than ${count} transactions were open at once in ${withinMs} ms`));
        }, withinMs);
        armed = {
          count,
          fire: (open) => {
            armed = undefined;
            clearTimeout(timer);
            void cut().then(() => resolve(open));
          },
        };
        if (inTransaction.size >= count) armed.fire(inTransaction.size);
      });
    },
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

/** The same database URL, reached through a relay on `port`. */
export function throughRelay(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.host = `127.0.0.1:${port}`;
  return parsed.toString();
}

/** Where a database URL points, for startTcpProxy(). */
export function relayTarget(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 5432) };
}
