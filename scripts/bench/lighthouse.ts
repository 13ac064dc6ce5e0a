import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse, { type Result, type RunnerResult } from "lighthouse";
import { CHROMIUM, CHROMIUM_FLAGS } from "./chromium";

export interface LighthouseFigures {
  /** Category scores, 0 to 1. */
  performance: number;
  accessibility: number;
  /** Largest Contentful Paint and Total Blocking Time as Lighthouse simulates them, in ms. */
  lcpMs: number;
  tbtMs: number;
}

/**
 * One Lighthouse run of `url` with its default config (mobile: a Moto G class phone, simulated slow 4G and
 * 4× CPU throttling), performance and accessibility only (the other categories change neither score), in a
 * fresh headless Chromium. `cookie` is sent with every request (Lighthouse clears the browser's own storage
 * before it loads the page). Null when Chromium is not installed.
 */
export async function lighthouseMobile(url: string, cookie?: string): Promise<LighthouseFigures | null> {
  const result = await lighthouseReport(url, cookie);
  return result ? figuresOf(result.lhr) : null;
}

export function figuresOf(lhr: Result): LighthouseFigures {
  const numeric = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
  return {
    performance: lhr.categories.performance?.score ?? Number.NaN,
    accessibility: lhr.categories.accessibility?.score ?? Number.NaN,
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
  };
}

/** lighthouseMobile's run: its whole report and artifacts (scripts/bench-lighthouse.ts reads why the figures are what they are). */
export async function lighthouseReport(url: string, cookie?: string): Promise<RunnerResult | null> {
  if (!existsSync(CHROMIUM)) return null;
  const profile = await mkdtemp(path.join(tmpdir(), "bench-lighthouse-"));
  const browser = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, "--headless=new", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    // A process group of its own, so its renderers and zygote go with it.
    { stdio: ["ignore", "ignore", "pipe"], detached: true },
  );
  try {
    const port = await devtoolsPort(browser);
    const result = await lighthouse(url, {
      port,
      hostname: "127.0.0.1",
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    // A signed-out visit would be sent to the sign-in page and measure that instead.
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
      throw new Error(`Lighthouse on ${url} ended on ${lhr.finalDisplayedUrl}`);
    }
    return result;
  } finally {
    if (browser.exitCode === null && browser.signalCode === null && browser.pid) {
      const exited = new Promise((resolve) => browser.once("exit", resolve));
      process.kill(-browser.pid, "SIGKILL");
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  }
}

/** The port Chromium chose for its DevTools endpoint, read from the line it prints on stderr. */
function devtoolsPort(browser: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools port in 30 s:\n${seen}`)), 30_000);
    browser.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    browser.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it listened:\n${seen}`));
    });
  });
}

/** The median of each figure on its own over several runs (Lighthouse varies from run to run). */
export function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return {
    performance: median(runs.map((run) => run.performance)),
    accessibility: median(runs.map((run) => run.accessibility)),
    lcpMs: median(runs.map((run) => run.lcpMs)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
  };
}
