import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../tests/setup/start-app";

/**
 * The yardstick of issue #20's targets: create-t3-app served by `next start` beside ours. Its code is never
 * in this repository: the shared script builds it outside (T3_DIR, default /tmp/t3-anchor) and serves it.
 */
export interface Anchor {
  /** t3's public tRPC query `post.hello` (no database), as its batch link calls it. */
  trpcUrl: string;
  /** t3's home page, as a visitor (no cookie) gets it. */
  homeUrl: string;
  /** Stops the server this run started (its whole process group); nothing when the URLs came from env. */
  stop(): Promise<void>;
}

/** The script, relative to the repository root (a sibling `shared/` of the checkout), unless T3_ANCHOR_SCRIPT. */
const SCRIPT = process.env.T3_ANCHOR_SCRIPT ?? path.resolve("../shared/bench/t3-anchor.sh");
const BUILT = path.join(process.env.T3_DIR ?? "/tmp/t3-anchor", "t3app", ".anchor-built");

/** T3_TRPC_URL and T3_HOME_URL when both are set (a server someone else runs), else the script's server. */
export async function startAnchor(log: (message: string) => void): Promise<Anchor> {
  const given = { trpcUrl: process.env.T3_TRPC_URL, homeUrl: process.env.T3_HOME_URL };
  if (given.trpcUrl && given.homeUrl) {
    log(`t3 anchor from T3_TRPC_URL and T3_HOME_URL (${new URL(given.homeUrl).host})`);
    return { trpcUrl: given.trpcUrl, homeUrl: given.homeUrl, stop: async () => {} };
  }
  if (!existsSync(SCRIPT)) {
    throw new Error(`no t3 anchor script at ${SCRIPT}: set T3_ANCHOR_SCRIPT, or T3_TRPC_URL and T3_HOME_URL`);
  }
  if (!existsSync(BUILT)) {
    log("t3 anchor not built yet: building it once (create-t3-app, a few minutes)…");
    const built = await run(["build"], "inherit");
    if (built.code !== 0) throw new Error(`${SCRIPT} build failed (exit ${built.code})`);
  }
  const port = await freePort();
  log(`starting the t3 anchor (next start) on port ${port}…`);
  const served = await run(["serve", String(port)], "pipe");
  const line = (key: string) => new RegExp(`^${key} (\\S+)$`, "m").exec(served.stdout)?.[1];
  const pid = Number(line("PID"));
  const trpcUrl = line("TRPC");
  const homeUrl = line("HOME");
  if (served.code !== 0 || !Number.isInteger(pid) || !trpcUrl || !homeUrl) {
    if (Number.isInteger(pid)) await stopGroup(pid);
    throw new Error(`${SCRIPT} serve ${port} failed (exit ${served.code}):\n${served.stdout}${served.stderr}`);
  }
  // Ctrl-C reaches our own `next start` (same process group) but not this one (setsid): stop it ourselves.
  const onSignal = () => {
    killGroup(pid, "SIGKILL");
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return {
    trpcUrl,
    homeUrl,
    async stop() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await stopGroup(pid);
    },
  };
}

async function run(args: string[], stdio: "inherit" | "pipe") {
  const child = spawn("bash", [SCRIPT, ...args], { stdio: ["ignore", stdio, stdio] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  return { code, stdout, stderr };
}

/** Signal 0 only asks whether the group still exists. */
function killGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group has exited
  }
}

/** SIGTERM to the group, then SIGKILL if anything of it is left after 10 s. */
async function stopGroup(pid: number) {
  if (!killGroup(pid, "SIGTERM")) return;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!killGroup(pid, 0)) return;
  }
  killGroup(pid, "SIGKILL");
}
