import { createConnection } from "node:net";
import { WebSocketServer } from "ws";

/**
 * A minimal WebSocket → TCP relay, standing in for Neon's proxy so the Neon
 * driver can talk to a local PostgreSQL: `ws://127.0.0.1:<port>/?address=host:port`.
 */
export async function startWsProxy(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  server.on("connection", (socket, request) => {
    const address = new URL(request.url ?? "/", "ws://proxy").searchParams.get("address") ?? "";
    const [host, port] = address.split(":");
    if (!host || !port) {
      socket.close(1008, "address=host:port required");
      return;
    }
    const tcp = createConnection({ host, port: Number(port) });
    tcp.on("data", (data) => socket.send(data));
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.close());
    socket.on("message", (data: Buffer) => tcp.write(data));
    socket.on("close", () => tcp.destroy());
  });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the proxy has no TCP address");
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
