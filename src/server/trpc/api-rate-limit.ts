import "server-only";
import { TRPCError } from "@trpc/server";
import { env } from "@/env";
import { consumeRateLimit, perMinute } from "@/server/rate-limit";
import { toTRPCError } from "./errors";
import type { Context } from "./init";

/** Why a request was refused, and when to come back: read back for the Retry-After header. */
export class ApiRateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limited for ${retryAfterSeconds} s`);
    this.name = "ApiRateLimited";
  }
}

/**
 * Counts one request to /api/trpc (a batch is one) against its user, whether a session or a token sent it;
 * over API_RATE_LIMIT_PER_MINUTE the whole request is refused with TOO_MANY_REQUESTS (HTTP 429). 0: no limit.
 * MCP and the assistant call the same procedures in process and count on their own limits instead.
 */
export async function countApiRequest(ctx: Context): Promise<void> {
  const max = env.API_RATE_LIMIT_PER_MINUTE;
  if (max === 0 || !ctx.identity) return;
  const subject = { kind: "api-user", userId: ctx.identity.user.id } as const;
  // A database outage here is a 503 like any other, not a 500.
  const counted = await consumeRateLimit(ctx.db, subject, perMinute(max)).catch((error: unknown) => {
    throw toTRPCError(error);
  });
  if (counted.ok) return;
  throw new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: `Too many requests; try again in ${counted.retryAfterSeconds} s.`,
    cause: new ApiRateLimited(counted.retryAfterSeconds),
  });
}

/** The Retry-After header for a response that carries a refusal of countApiRequest(). */
export function retryAfterHeader(errors: readonly TRPCError[]): Record<string, string> {
  const limited = errors.find((error) => error.cause instanceof ApiRateLimited)?.cause;
  return limited instanceof ApiRateLimited ? { "retry-after": String(limited.retryAfterSeconds) } : {};
}
