import "server-only";
import { subscribe } from "node:diagnostics_channel";
import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { PEER_ADDRESS_HEADER } from "./client-address";

let recording = false;

/**
 * Writes each request's connection address into PEER_ADDRESS_HEADER before Next sees the request, replacing
 * any value the client sent. Node publishes every incoming request on this channel just before the server's
 * `request` event (the http and https servers alike); `next start` and `next dev` both run on one.
 */
export function recordPeerAddresses(): void {
  if (recording) return;
  recording = true;
  subscribe("http.server.request.start", (message) => {
    if (typeof message !== "object" || message === null) return;
    const request: unknown = Reflect.get(message, "request");
    const socket: unknown = Reflect.get(message, "socket");
    if (!(request instanceof IncomingMessage) || !(socket instanceof Socket)) return;
    if (socket.remoteAddress) request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress;
    else delete request.headers[PEER_ADDRESS_HEADER];
  });
}
