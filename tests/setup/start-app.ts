import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

// Starts the production build under `next start` (no vitest here: the benchmark uses it too).

export const TEST_AUTH_SECRET = "test-secret-test-secret-test-secret-0123";

/** A TCP port nothing listens on right now (the OS's choice), on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address !== "string" ? resolve(address.port) : reject()));
    });
  });
}

export interface AppServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
  /** Sends SIGTERM and resolves when the process has exited, with its exit code and how long it took. */
  terminate(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/**
 * Starts the production build (`next start`) on a free port with the given
 * database settings and waits until it answers. `viaNpmStart`: through `npm start` as a host runs it
 * (npm, then a shell, then Next), so signals take the path they take in production.
 */
export async function startApp(
  env: Record<string, string | undefined>,
  options: { viaNpmStart?: boolean } = {},
): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_SECRET: TEST_AUTH_SECRET,
    BETTER_AUTH_URL: url,
    DATABASE_URL: undefined,
    DATABASE_URL_UNPOOLED: undefined,
    DATABASE_DRIVER: undefined,
    // As `npm start` runs it: the app's own SIGTERM handler drains requests and closes the database.
    NEXT_MANUAL_SIG_HANDLE: options.viaNpmStart ? undefined : "true",
    // The tests follow the links in the mail they read from the outbox (production keeps it without them).
    EMAIL_OUTBOX: "full",
    // A production build requires a verified email by default; most suites sign up and go straight on.
    // Those about verification set it, or pass undefined for the production default.
    EMAIL_VERIFICATION_REQUIRED: "false",
    ...env,
  };
  const address = ["-p", String(port), "-H", "127.0.0.1"];
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  const [command, args] = options.viaNpmStart
    ? ["npm", ["start", "--", ...address]]
    : [process.execPath, [nextBin, "start", ...address]];
  // Through npm: a process group of its own, so stop() reaches a server that outlived npm.
  const detached = options.viaNpmStart === true;
  const child: ChildProcess = spawn(command, args, { env: childEnv, stdio: ["ignore", "pipe", "pipe"], detached });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${log}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`next start did not answer in 60 s:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  return {
    url,
    output: () => log,
    stop: async () => {
      if (detached && child.pid) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // the whole group has exited
        }
      } else if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
    terminate: async () => {
      const started = performance.now();
      child.kill("SIGTERM");
      const { code, signal } = await exited;
      return { code, signal, ms: performance.now() - started };
    },
  };
}
