import "server-only";
import { isIP } from "node:net";
import { env } from "@/env";

/**
 * The connection's own address, put on every request by recordPeerAddresses() (a client's own value is
 * replaced). Route handlers cannot see the socket, and the X-Forwarded-For `next start` adds is the socket's
 * address only when the client sent none: a client's header passes through as it came.
 */
export const PEER_ADDRESS_HEADER = "x-tasklane-peer-address";

/** Where Better Auth reads the client's address (`advanced.ipAddress.ipAddressHeaders`): clientAddress()'s answer. */
export const CLIENT_ADDRESS_HEADER = "x-tasklane-client-address";

/** Who says where a request came from. */
export type ClientAddressSource = { kind: "vercel" } | { kind: "socket" } | { kind: "forwarded"; hops: number };

/** From configuration: Vercel's header there (it overwrites what clients send), else TRUSTED_PROXY_HOPS. */
export function configuredSource(): ClientAddressSource {
  if (env.VERCEL) return { kind: "vercel" };
  return env.TRUSTED_PROXY_HOPS > 0 ? { kind: "forwarded", hops: env.TRUSTED_PROXY_HOPS } : { kind: "socket" };
}

const valid = (address: string | undefined): string | null => {
  const trimmed = address?.trim();
  return trimmed && isIP(trimmed) !== 0 ? trimmed : null;
};

/**
 * The address a request came from, the one key every per-address limit uses; null when it cannot be told.
 * Behind `hops` proxies that each append the address they saw, the client is `hops` places from the right
 * of X-Forwarded-For: whatever a client writes to the header's left is never read. A shorter chain (the
 * app reached past its outer proxies) gives its leftmost entry.
 */
export function clientAddress(headers: Headers, source: ClientAddressSource = configuredSource()): string | null {
  switch (source.kind) {
    case "vercel":
      // Vercel documents x-vercel-forwarded-for as the client's public address, kept even behind another proxy.
      return valid(headers.get("x-vercel-forwarded-for")?.split(",")[0]) ?? valid(headers.get("x-real-ip") ?? "");
    case "socket":
      return valid(headers.get(PEER_ADDRESS_HEADER) ?? "");
    case "forwarded": {
      const chain = (headers.get("x-forwarded-for") ?? "").split(",").filter((entry) => entry.trim() !== "");
      return valid(chain[Math.max(0, chain.length - source.hops)]);
    }
  }
}

/** The request as Better Auth gets it: the decided address in CLIENT_ADDRESS_HEADER, never the client's own. */
export function withClientAddress(request: Request): Request {
  const headers = new Headers(request.headers);
  const address = clientAddress(request.headers);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  else headers.delete(CLIENT_ADDRESS_HEADER);
  return new Request(request, { headers });
}
