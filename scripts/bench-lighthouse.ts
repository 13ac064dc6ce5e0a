// Issue #20's target 4 alone, and why its figures are what they are: Lighthouse mobile on the signed-in `/`
// (50 of 10 000 Inbox tasks, as `npm run bench` seeds them), RUNS times (default 3), t3's `/` between ours when
// T3_HOME_URL is given (`../shared/bench/t3-anchor.sh serve PORT` prints it). Prints each run's figures, their
// medians, and for the median run: the LCP element and its phases, the observed (unthrottled) paints the
// simulation starts from, the requests finished before the observed LCP (Lantern's simulated LCP loads those
// and runs the scripts evaluated before it), render-blocking resources, long tasks, script costs, layout shifts
// and opportunities. LIGHTHOUSE_JSON=dir writes every report there. SERVE=1: only start and seed the app, print
// its URL and cookie, and keep it until Ctrl-C (for other probes). Needs a production build and PostgreSQL.
//   tsx --conditions=react-server scripts/bench-lighthouse.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Result } from "lighthouse";
import { HttpSession, uniqueEmail } from "../tests/http/client";
import { startBenchApp } from "./bench/app";
import { figuresOf, type LighthouseFigures, lighthouseReport, medianFigures } from "./bench/lighthouse";
import { log } from "./bench/report";
import { seedTasks } from "./bench/seed";

const RUNS = Number(process.env.RUNS ?? 3);
const T3_HOME_URL = process.env.T3_HOME_URL;
const JSON_DIR = process.env.LIGHTHOUSE_JSON;

type Item = Record<string, unknown>;
interface Table {
  type: string;
  items?: Item[];
}

const describe = (figures: LighthouseFigures) =>
  `performance ${figures.performance.toFixed(2)}, accessibility ${figures.accessibility.toFixed(2)}, LCP ${(figures.lcpMs / 1000).toFixed(2)} s, TBT ${figures.tbtMs.toFixed(0)} ms`;
const num = (value: unknown, digits = 0) => (typeof value === "number" ? value.toFixed(digits) : String(value));
const short = (url: unknown) => String(url).replace(/^https?:\/\/[^/]+/, "");

function items(lhr: Result, audit: string): Item[] {
  const details = lhr.audits[audit]?.details as (Table & { items?: (Item | Table)[] }) | undefined;
  return (details?.items as Item[] | undefined) ?? [];
}

function explain(lhr: Result, label: string) {
  console.log(`\n=== ${label}: ${describe(figuresOf(lhr))}`);
  const metrics = items(lhr, "metrics")[0] ?? {};
  console.log(
    `  simulated: FCP ${num(metrics.firstContentfulPaint)} ms, LCP ${num(metrics.largestContentfulPaint)} ms, TBT ${num(metrics.totalBlockingTime)} ms, SI ${num(metrics.speedIndex)} ms, TTI ${num(metrics.interactive)} ms`,
  );
  const observedLcp = Number(metrics.observedLargestContentfulPaint);
  console.log(
    `  observed (unthrottled): FCP ${num(metrics.observedFirstContentfulPaint)} ms, LCP ${num(observedLcp)} ms, DCL ${num(metrics.observedDomContentLoaded)} ms, load ${num(metrics.observedLoad)} ms`,
  );
  const element = lhr.audits["largest-contentful-paint-element"]?.details as { items?: Table[] } | undefined;
  for (const table of element?.items ?? []) {
    for (const row of table.items ?? []) {
      const node = row.node as { snippet?: string; selector?: string; nodeLabel?: string } | undefined;
      if (node)
        console.log(`  LCP element: ${node.snippet}\n    selector ${node.selector}\n    text "${node.nodeLabel}"`);
      else if (row.phase)
        console.log(
          `    ${String(row.phase).padEnd(12)} ${num(row.timing).padStart(6)} ms  ${String(row.percent ?? "")}`,
        );
    }
  }
  console.log(
    `  requests (observed ms from navigation; * = finished before the observed LCP, in Lantern's LCP graph):`,
  );
  for (const request of items(lhr, "network-requests")) {
    const end = Number(request.networkEndTime);
    console.log(
      `   ${end <= observedLcp ? "*" : " "} ${num(request.networkRequestTime).padStart(5)}–${num(end).padStart(5)}  ${String(request.resourceType).padEnd(10)} ${String(request.priority).padEnd(8)} ${(`${num(Number(request.transferSize) / 1024, 1)} kB`).padStart(9)}  ${short(request.url).slice(0, 100)}`,
    );
  }
  const list = (audit: string, line: (item: Item) => string, limit = 12) => {
    const found = items(lhr, audit);
    if (found.length === 0) return;
    console.log(`  ${audit} (${lhr.audits[audit]?.displayValue ?? ""}):`);
    for (const item of found.slice(0, limit)) console.log(`    ${line(item)}`);
  };
  list(
    "render-blocking-resources",
    (item) => `${short(item.url)}  ${num(item.totalBytes)} B, wasted ${num(item.wastedMs)} ms`,
  );
  list(
    "long-tasks",
    (item) => `${num(item.startTime).padStart(6)} ms  ${num(item.duration).padStart(5)} ms  ${short(item.url)}`,
  );
  list(
    "bootup-time",
    (item) =>
      `${num(item.total).padStart(5)} ms (script ${num(item.scripting)}, parse ${num(item.scriptParseCompile)})  ${short(item.url)}`,
  );
  list(
    "mainthread-work-breakdown",
    (item) => `${num(item.duration).padStart(6)} ms  ${String(item.groupLabel ?? item.group)}`,
  );
  list("layout-shifts", (item) => {
    const node = item.node as { snippet?: string } | undefined;
    return `score ${num(item.score, 4)}  ${node?.snippet ?? ""}`;
  });
  const opportunities = Object.values(lhr.audits).filter(
    (audit) =>
      audit.score !== null &&
      audit.score < 1 &&
      audit.scoreDisplayMode !== "informative" &&
      lhr.categories.performance?.auditRefs.some((ref) => ref.id === audit.id),
  );
  console.log("  performance audits under 1:");
  for (const audit of opportunities) {
    const savings = audit.metricSavings ? JSON.stringify(audit.metricSavings) : "";
    console.log(`    ${audit.id}: ${audit.score} ${audit.displayValue ?? ""} ${savings}`);
  }
}

async function main() {
  const { app, handle, stop } = await startBenchApp("tasklane_lighthouse", log);
  try {
    const browser = new HttpSession(app.url);
    await browser.signUp({ name: "Bench medium", email: uniqueEmail("medium"), password: "bench password 1" });
    const cookie = browser.cookieHeader();
    const me = (await (await fetch(`${app.url}/api/auth/get-session`, { headers: { cookie } })).json()) as {
      user: { id: string };
    };
    await seedTasks(handle.db, me.user.id, 10_000, "medium user");
    await handle.db.execute(sql`analyze task`);
    // One visit first, as the bench's throughput rounds do before Lighthouse: the server's code is warm.
    await (await fetch(`${app.url}/`, { headers: { cookie } })).arrayBuffer();
    if (process.env.SERVE === "1") {
      console.log(`URL ${app.url}/\nCOOKIE ${cookie}`);
      await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
      return;
    }
    if (JSON_DIR) await mkdir(JSON_DIR, { recursive: true });

    const ours: Result[] = [];
    const t3: Result[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await lighthouseReport(`${app.url}/`, cookie);
      if (!result) throw new Error("no Chromium");
      const { lhr } = result;
      ours.push(lhr);
      log(`ours run ${run}: ${describe(figuresOf(lhr))}`);
      if (JSON_DIR) {
        await writeFile(path.join(JSON_DIR, `ours-${run}.json`), JSON.stringify(lhr));
        await writeFile(path.join(JSON_DIR, `ours-${run}.trace.json`), JSON.stringify(result.artifacts.Trace));
      }
      if (T3_HOME_URL) {
        const theirs = (await lighthouseReport(T3_HOME_URL))?.lhr;
        if (theirs) {
          t3.push(theirs);
          log(`t3 run ${run}:   ${describe(figuresOf(theirs))}`);
          if (JSON_DIR) await writeFile(path.join(JSON_DIR, `t3-${run}.json`), JSON.stringify(theirs));
        }
      }
    }
    const byLcp = [...ours].sort((a, b) => figuresOf(a).lcpMs - figuresOf(b).lcpMs);
    const medianRun = byLcp[Math.floor(byLcp.length / 2)];
    if (medianRun) explain(medianRun, "ours, the run of median LCP");
    const t3Median = [...t3].sort((a, b) => figuresOf(a).lcpMs - figuresOf(b).lcpMs)[Math.floor(t3.length / 2)];
    if (t3Median && process.env.EXPLAIN_T3 === "1") explain(t3Median, "t3, the run of median LCP");
    console.log(`\nours median of ${ours.length}: ${describe(medianFigures(ours.map(figuresOf)))}`);
    if (t3.length > 0) console.log(`t3 median of ${t3.length}:   ${describe(medianFigures(t3.map(figuresOf)))}`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
