import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isLoopbackHttp(uri: unknown): boolean {
  if (typeof uri !== "string") return false;
  try {
    const url = new URL(uri);
    return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

/**
 * A registration body whose redirect URIs are all http loopback and that names no application_type is
 * a native app's (RFC 8252 §7.3): MCP clients on the user's machine (editors, CLIs) register this way
 * without the field, and the OAuth server would treat them as web clients and refuse the redirect.
 */
export function withNativeLoopback(body: unknown): Record<string, unknown> | null {
  if (typeof body !== "object" || body === null || "application_type" in body) return null;
  const uris = "redirect_uris" in body ? body.redirect_uris : undefined;
  if (!Array.isArray(uris) || uris.length === 0 || !uris.every(isLoopbackHttp)) return null;
  return { ...body, application_type: "native" };
}

/** Applies {@link withNativeLoopback} to dynamic client registrations. */
export const loopbackClientsAreNative = () =>
  ({
    id: "loopback-clients-are-native",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === "/oauth2/register",
          handler: createAuthMiddleware(async (ctx) => {
            const body = withNativeLoopback(ctx.body);
            return body ? { context: { body } } : undefined;
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
