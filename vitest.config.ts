import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

const shared = {
  resolve: {
    alias: {
      "@": path.join(root, "src"),
      "~tests": path.join(root, "tests"),
      // Tests import server modules directly; "server-only" guards bundles, not Node.
      "server-only": path.join(root, "tests/setup/empty.ts"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
          env: { LOG_LEVEL: "silent" },
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One JSON line per tRPC call would bury the test output.
          env: { LOG_LEVEL: "silent" },
          globalSetup: ["tests/setup/integration-global.ts"],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: "http",
          include: ["tests/http/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/http-global.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Each file starts its own `next start`; two cores fit two at a time.
          maxWorkers: 2,
        },
      },
      {
        ...shared,
        test: {
          name: "fuzz",
          include: ["tests/fuzz/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/http-global.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One app, one request at a time: a request's server time is its own, not a neighbour's.
          fileParallelism: false,
        },
      },
      {
        ...shared,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          // A browser on a busy 2-core machine: give polled assertions time to settle.
          expect: { poll: { timeout: 5_000 } },
          globalSetup: ["tests/setup/http-global.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        ...shared,
        test: {
          name: "load",
          // The short load-and-fault run (npm run test:load is the full one); it starts its own app and database.
          include: ["tests/load/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
