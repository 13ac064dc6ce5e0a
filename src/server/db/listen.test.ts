import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { listenOnServer } from "./listen";

/** A message of PostgreSQL's protocol, server to client. */
function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}
const ready = message("Z", Buffer.from("I"));

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A TCP server that does `answer` with each connection; resolves with its URL and when its sockets closed. */
async function fakeServer(answer: (socket: Socket) => void) {
  const closed: Promise<void>[] = [];
  const server = createServer((socket) => {
    closed.push(new Promise((resolve) => socket.on("close", () => resolve())));
    answer(socket);
  });
  servers.push(server);
  const port = await new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(address !== null && typeof address !== "string" ? address.port : 0);
    }),
  );
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, allClosed: () => Promise.all(closed) };
}

/** Tries to listen; returns the rejection and every loss reported, once the connection is gone. */
async function attempt(server: Awaited<ReturnType<typeof fakeServer>>) {
  const lost: unknown[] = [];
  const failure = await listenOnServer("pg", server.url, "tasklane_changes", {
    onNotification: () => {},
    onLost: (error) => lost.push(error),
  }).then(
    () => null,
    (error: unknown) => error,
  );
  await server.allClosed();
  // Whatever the client emits for the closed socket (pg's `end` comes on a later tick) has been emitted.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { failure, lost };
}

describe("listenOnServer, when connecting fails", () => {
  // Reported as lost too, the caller's retry loop would retry twice per failure: two, four, eight attempts,
  // and as many connections listening (all but one never closed) once the server is back.
  it("rejects, and never reports a connection lost that it never had (a proxy hanging up)", async () => {
    const server = await fakeServer((socket) => socket.destroy());
    const { failure, lost } = await attempt(server);
    expect(String(failure)).toContain("Connection terminated unexpectedly");
    expect(lost).toEqual([]);
  });
});

describe("listenOnServer, once listening", () => {
  it("reports a dropped connection as lost, once", async () => {
    let accepted: Socket | undefined;
    const server = await fakeServer((socket) => {
      accepted = socket;
      // The startup message, answered as trust authentication does; then LISTEN, answered.
      socket.once("data", () => {
        socket.write(Buffer.concat([message("R", int32(0)), ready]));
        socket.once("data", () => socket.write(Buffer.concat([message("C", Buffer.from("LISTEN\0")), ready])));
      });
    });
    const lost: unknown[] = [];
    const stop = await listenOnServer("pg", server.url, "tasklane_changes", {
      onNotification: () => {},
      onLost: (error) => lost.push(error),
    });
    expect(lost).toEqual([]);
    accepted?.destroy();
    await server.allClosed();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lost).toHaveLength(1);
    await stop();
  });
});
