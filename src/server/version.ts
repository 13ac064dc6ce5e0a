import "server-only";
import { env } from "@/env";

/**
 * The commit this server runs: Vercel's, else the one next.config.ts captured at build time
 * (TASKLANE_BUILD_SHA is inlined into the bundle there), else "unknown".
 */
export function appVersion(): string {
  return env.VERCEL_GIT_COMMIT_SHA || process.env.TASKLANE_BUILD_SHA || "unknown";
}
