import { execFileSync } from "node:child_process";
import type { NextConfig } from "next";
// Validates every environment variable at build time (and fails the build with a clear message).
import "./src/env";
import { IMPORT_MAX_REQUEST_BYTES } from "./src/lib/limits";
import { staticSecurityHeaders } from "./src/lib/security-headers";

/** The commit being built, for /api/health's `version` (Vercel names it; elsewhere ask git). */
function buildSha(): string {
  if (process.env.VERCEL_GIT_COMMIT_SHA) return process.env.VERCEL_GIT_COMMIT_SHA;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return ""; // not a git checkout (a tarball, a Docker context without .git)
  }
}

const nextConfig: NextConfig = {
  // Inlined into the server bundle at build time; read by src/server/version.ts.
  env: { TASKLANE_BUILD_SHA: buildSha() },
  // PGlite ships wasm and data files it loads at run time; bundling it would copy them into the static folder.
  // Drizzle: one copy for the whole server. Bundled, instrumentation (which opens the process database) and
  // each route got their own, so Drizzle's `is(value, Column)` checks, which try `instanceof` first, fell back
  // to walking class chains for every column of every row read (the largest cost of task.list; issue #20).
  serverExternalPackages: ["@electric-sql/pglite", "drizzle-orm"],
  poweredByHeader: false,
  typedRoutes: true,
  // The proxy (src/proxy.ts) buffers request bodies up to this size and cuts longer ones short: room for an
  // import's largest file. Every route still keeps its own smaller limit (tRPC: 128 kB).
  experimental: {
    proxyClientMaxBodySize: IMPORT_MAX_REQUEST_BYTES,
    // NEXT_SERVER_MINIFY=false: readable function names in a CPU profile of `next start` (issue #20).
    serverMinification: process.env.NEXT_SERVER_MINIFY !== "false",
  },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
