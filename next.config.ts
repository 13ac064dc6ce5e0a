import type { NextConfig } from "next";
// Validates every environment variable at build time (and fails the build with a clear message).
import "./src/env";

const nextConfig: NextConfig = {
  // PGlite ships wasm and data files it loads at run time; bundling it would copy them into the static folder.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  typedRoutes: true,
};

export default nextConfig;
