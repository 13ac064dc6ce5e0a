import { execFile, execFileSync, spawn } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "./start-app";

// No vitest here, like start-app.ts and tcp-proxy.ts.

const run = promisify(execFile);

/** A PostgreSQL server of the test's own, which it may stop and start (never the shared one on 5432). */
export interface PostgresInstance {
  /** Its `postgres` database as the `postgres` user (trust authentication), over TCP on 127.0.0.1. */
  url: string;
  /** `pg_ctl stop -m fast`: every connection is told the server is shutting down, then closed. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** `pg_ctl restart -m fast`. */
  restart(): Promise<void>;
  /** Stops it if it runs and deletes its folder; safe to call more than once. */
  destroy(): Promise<void>;
}

/**
 * Where initdb and pg_ctl are: `PG_BINDIR` when set, else Debian's and Ubuntu's
 * `/usr/lib/postgresql/<version>/bin` (15, the version the app is tested on, else the newest there), else PATH.
 */
function binary(name: "initdb" | "pg_ctl"): string {
  const fromEnv = process.env.PG_BINDIR;
  if (fromEnv) return path.join(fromEnv, name);
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(path.join(root, version, "bin", name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const version = versions.includes("15") ? "15" : versions[0];
  return version ? path.join(root, version, "bin", name) : name;
}

/** initdb refuses to run as root (CI runs as root): there, the server's files and processes are the `postgres` user's. */
function asServerUser(): { prefix: string[]; owner: { uid: number; gid: number } | null } {
  if (process.getuid?.() !== 0) return { prefix: [], owner: null };
  let ids: string[];
  try {
    ids = ["-u", "-g"].map((flag) => execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  } catch {
    throw new Error("Running as root, a throwaway PostgreSQL server needs the `postgres` user (initdb refuses root).");
  }
  return { prefix: ["runuser", "-u", "postgres", "--"], owner: { uid: Number(ids[0]), gid: Number(ids[1]) } };
}

/**
 * Creates and starts a throwaway PostgreSQL server in a temporary folder (initdb, trust authentication, its
 * unix socket in that folder, a free TCP port on 127.0.0.1). Durability is off: nothing in it outlives the test.
 * Call destroy() when done; if this process ends without calling it, a watchdog stops the server and removes
 * the folder.
 */
export async function startPostgresInstance(): Promise<PostgresInstance> {
  const { prefix, owner } = asServerUser();
  // Outside the project: Tailwind scans the project tree and chokes on a socket inside it.
  const dir = mkdtempSync(path.join(tmpdir(), "tasklane-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  if (owner) chownSync(dir, owner.uid, owner.gid);

  const pgCtl = async (...args: string[]) => {
    const [command = "", ...rest] = [...prefix, binary("pg_ctl"), "-D", dataDir, ...args];
    await run(command, rest, { cwd: dir, timeout: 60_000 });
  };
  // Whatever ends this process (a failed hook, a timeout, Ctrl-C, SIGKILL), a watchdog of its own stops the
  // server and deletes the folder once this process is gone; destroy() does it at once and ends the watchdog.
  const stopImmediately = [...prefix, binary("pg_ctl"), "-D", dataDir, "-m", "immediate", "-w", "stop"];
  const watchdog = spawn(
    "sh",
    [
      "-c",
      'pid=$1 dir=$2; shift 2; while kill -0 "$pid" 2>/dev/null; do sleep 1; done; "$@" >/dev/null 2>&1; rm -rf "$dir"',
      "tasklane-pg-watchdog",
      String(process.pid),
      dir,
      ...stopImmediately,
    ],
    { detached: true, stdio: "ignore" },
  );
  watchdog.unref();

  const destroy = async () => {
    // Whether it runs or not (a test may end while it is stopped, or it may not have started): errors ignored.
    await pgCtl("-m", "fast", "-w", "stop").catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    watchdog.kill();
  };

  try {
    const port = await freePort();
    const [command = "", ...rest] = [
      ...prefix,
      binary("initdb"),
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ];
    await run(command, rest, { cwd: dir, timeout: 60_000 });
    appendFileSync(
      path.join(dataDir, "postgresql.conf"),
      [
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        "fsync = off",
        "synchronous_commit = off",
        "full_page_writes = off",
        "",
      ].join("\n"),
    );
    const start = () => pgCtl("-l", logFile, "-w", "-t", "30", "start");
    await start();
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: () => pgCtl("-m", "fast", "-w", "stop"),
      start,
      restart: () => pgCtl("-m", "fast", "-l", logFile, "-w", "-t", "30", "restart"),
      destroy,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}
