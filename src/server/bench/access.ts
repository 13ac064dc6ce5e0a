import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/env";

/** The header a benchmark sends BENCH_SECRET in. */
export const BENCH_SECRET_HEADER = "x-bench-secret";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Whether a request may use the benchmark's helpers (/api/bench/*): only with BENCH=1 and BENCH_SECRET in
 * its header. Not by the client's address: behind a proxy every request comes from it, and the
 * X-Forwarded-For a client sends is its own word. Compared as digests (equal lengths, no early exit).
 */
export function benchAllowed(request: Request): boolean {
  if (!env.BENCH || !env.BENCH_SECRET) return false;
  const sent = request.headers.get(BENCH_SECRET_HEADER);
  return sent !== null && timingSafeEqual(digest(sent), digest(env.BENCH_SECRET));
}
