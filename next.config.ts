import type { NextConfig } from "next";
// Validates every environment variable at build time (and fails the build with a clear message).
import "./src/env";
import { staticSecurityHeaders } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  // PGlite ships wasm and data files it loads at run time; bundling it would copy them into the static folder.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  typedRoutes: true,
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
