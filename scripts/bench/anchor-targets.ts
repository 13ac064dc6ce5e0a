import { BENCH_HEADERS } from "./app";
import { type LighthouseFigures, lighthouseMobile, medianFigures } from "./lighthouse";
import { type Credentials, type LoadResult, load, meanOf, ROUNDS, SECONDS } from "./load";
import { documentWeight, htmlScriptWeight, javascriptWeight } from "./page-weight";
import { kB, loadLine, log, type Summary } from "./report";
import type { Anchor } from "./t3-anchor";

// Issue #20's targets 1–4: Tasklane beside the t3 anchor, both `next start` of a production build, in one run.

const LIGHTHOUSE_RUNS = 3;
const TARGET = {
  trpcRatio: 0.5,
  pageRatio: 0.5,
  htmlBytes: 110 * 1024,
  javascriptRatio: 1.1,
  performance: 0.97,
  accessibility: 1,
  lcpMs: 2_000,
  tbtMs: 100,
};

/** Ours: the app's origin and the cookie of the user with 10 000 open Inbox tasks. */
export interface Ours {
  url: string;
  cookie: string;
}

export async function measureAgainstAnchor(ours: Ours, anchor: Anchor, summary: Summary) {
  const page = await throughput(ours, anchor, summary);
  await pageWeight(ours, anchor, summary, page);
  await lighthouseScores(ours, anchor, summary);
}

/**
 * Targets 1 and 2 (requests per second): ours and t3's alternated in rounds, 10 connections, means.
 * Returns target 2's half measured here (its HTML half is pageWeight's).
 */
async function throughput(ours: Ours, anchor: Anchor, summary: Summary) {
  const signedIn = { cookie: ours.cookie };
  const loads: { label: string; url: string; credentials?: Credentials }[] = [
    {
      label: "ours task.list",
      url: `${ours.url}/api/trpc/task.list?input=${encodeURIComponent('{"json":{}}')}`,
      credentials: signedIn,
    },
    { label: "t3 post.hello", url: anchor.trpcUrl },
    // The same session check and query as task.list without tRPC: how much of the gap is tRPC's.
    {
      label: "ours bare route (reference)",
      url: `${ours.url}/api/bench/raw-list`,
      credentials: { ...signedIn, ...BENCH_HEADERS },
    },
    { label: "ours / signed in", url: `${ours.url}/`, credentials: signedIn },
    { label: "t3 /", url: anchor.homeUrl },
  ];
  for (const { label, url, credentials } of loads) {
    const response = await fetch(url, { headers: { ...credentials } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${label} (${url}) answered ${response.status}, not 200`);
  }
  log(`warming up (${loads.length} URLs, 2 s each)…`);
  for (const { url, credentials } of loads) await load(url, credentials, 2);
  const runs = new Map<string, LoadResult[]>(loads.map(({ label }) => [label, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    log(`round ${round}/${ROUNDS}: ${loads.map(({ label }) => label).join(", ")}; ${SECONDS} s each, 10 connections`);
    for (const { label, url, credentials } of loads) runs.get(label)?.push(await load(url, credentials, SECONDS));
  }
  const mean = (label: string): LoadResult => meanOf(runs.get(label) ?? []);
  const perSecond = (label: string) => mean(label).requestsPerSecond;

  console.log("");
  console.log(`Throughput, 10 connections, means of ${ROUNDS} rounds of ${SECONDS} s, ours and t3 alternated:`);
  console.log("  (ours: first 50 of 10 000 open Inbox tasks, session cookie; t3: create-t3-app, no session)");
  for (const { label } of loads) console.log(loadLine(label, mean(label)));
  const trpcRatio = perSecond("ours task.list") / perSecond("t3 post.hello");
  const pageRatio = perSecond("ours / signed in") / perSecond("t3 /");
  console.log(`  task.list ÷ t3 post.hello ${trpcRatio.toFixed(2)} (target ≥ ${TARGET.trpcRatio})`);
  console.log(`  / ÷ t3 /                  ${pageRatio.toFixed(2)} (target ≥ ${TARGET.pageRatio})`);
  summary.add(
    1,
    `task.list ${perSecond("ours task.list").toFixed(0)} req/s vs t3 post.hello ${perSecond("t3 post.hello").toFixed(0)} req/s, ratio ${trpcRatio.toFixed(2)} (target ≥ ${TARGET.trpcRatio})`,
    trpcRatio >= TARGET.trpcRatio,
  );
  return {
    text: `signed-in / ${perSecond("ours / signed in").toFixed(0)} req/s vs t3 / ${perSecond("t3 /").toFixed(0)} req/s, ratio ${pageRatio.toFixed(2)} (target ≥ ${TARGET.pageRatio})`,
    ok: pageRatio >= TARGET.pageRatio,
  };
}

/** Target 2's HTML bytes and target 3's JavaScript: the document and every script Chromium loads, gzip -9. */
async function pageWeight(ours: Ours, anchor: Anchor, summary: Summary, pageThroughput: { text: string; ok: boolean }) {
  log("the HTML of / (ours signed in, t3's as a visitor)…");
  const oursHtml = await documentWeight(`${ours.url}/`, ours.cookie);
  const t3Html = await documentWeight(anchor.homeUrl);
  const page = await (await fetch(`${ours.url}/`, { headers: { cookie: ours.cookie } })).text();
  const titles = new Set(page.match(/\bTask \d+\b/g));
  console.log("");
  console.log("HTML of / (the decoded document, streamed parts included; gzip -9 for reference; kB = 1024 bytes):");
  console.log(
    `  ours ${kB(oursHtml.bytes)} (${kB(oursHtml.gzipBytes)} gzip), ${titles.size} seeded tasks named in it   t3 ${kB(t3Html.bytes)} (${kB(t3Html.gzipBytes)} gzip)`,
  );
  const htmlOk = oursHtml.bytes <= TARGET.htmlBytes;
  console.log(`  target ≤ ${kB(TARGET.htmlBytes)}: ${htmlOk ? "within" : "over"}`);
  summary.add(
    2,
    `${pageThroughput.text}; HTML ${kB(oursHtml.bytes)} vs t3 ${kB(t3Html.bytes)} (target ≤ ${kB(TARGET.htmlBytes)})`,
    pageThroughput.ok && htmlOk,
  );

  log("the JavaScript of / in Chromium (ours signed in, t3's as a visitor)…");
  const oursJs = await javascriptWeight(ours.url, "/", ours.cookie);
  const home = new URL(anchor.homeUrl);
  const t3Js = await javascriptWeight(home.origin, home.pathname);
  if (!oursJs || !t3Js) {
    console.log("JavaScript of /: not measured (no Chromium)");
    summary.add(3, "JavaScript of / not measured (no Chromium)", false);
    return;
  }
  const ratio = oursJs.gzipBytes / t3Js.gzipBytes;
  console.log("");
  console.log("JavaScript of / (every script Chromium loads until the network is idle, each gzip -9):");
  for (const [label, weight] of [
    ["ours", oursJs],
    ["t3", t3Js],
  ] as const) {
    console.log(`  ${label}: ${weight.files.length} files, ${kB(weight.gzipBytes)}`);
    for (const file of weight.files) console.log(`    ${kB(file.gzipBytes).padStart(9)}  ${file.path}`);
  }
  console.log(`  ratio ${ratio.toFixed(2)} (target ≤ ${TARGET.javascriptRatio})`);
  const oursTags = await htmlScriptWeight(`${ours.url}/`, ours.cookie);
  const t3Tags = await htmlScriptWeight(anchor.homeUrl);
  const tagRatio = oursTags.gzipBytes / t3Tags.gzipBytes;
  const noModule = (weight: typeof oursTags) =>
    kB(weight.files.filter((file) => file.noModule).reduce((sum, file) => sum + file.gzipBytes, 0));
  const asFiled = `every <script src> in the HTML, noModule included: ours ${oursTags.files.length} files ${kB(oursTags.gzipBytes)} (noModule ${noModule(oursTags)}), t3 ${t3Tags.files.length} files ${kB(t3Tags.gzipBytes)} (noModule ${noModule(t3Tags)}), ratio ${tagRatio.toFixed(2)}`;
  console.log(`  as the issue counted when filed, ${asFiled} (not the target's count: Chromium skips noModule)`);
  summary.add(
    3,
    `JavaScript of / ${kB(oursJs.gzipBytes)} (${oursJs.files.length} files) vs t3 ${kB(t3Js.gzipBytes)} (${t3Js.files.length}), ratio ${ratio.toFixed(2)} (target ≤ ${TARGET.javascriptRatio}; counting <script src> tags as when filed: ratio ${tagRatio.toFixed(2)})`,
    ratio <= TARGET.javascriptRatio,
  );
}

/** Target 4: Lighthouse's default mobile run of / signed in, median of three; t3's / once, for reference. */
async function lighthouseScores(ours: Ours, anchor: Anchor, summary: Summary) {
  const oursRuns: LighthouseFigures[] = [];
  let t3: LighthouseFigures | null = null;
  // Ours, t3, ours, ours: t3's one run sits among ours, so the machine's load is alike for both.
  for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
    log(`Lighthouse mobile, ours / signed in, run ${run}/${LIGHTHOUSE_RUNS}…`);
    const figures = await lighthouseMobile(`${ours.url}/`, ours.cookie);
    if (!figures) break;
    log(`  ${describe(figures)}`);
    oursRuns.push(figures);
    if (run === 1) {
      log("Lighthouse mobile, t3 / (reference)…");
      t3 = await lighthouseMobile(anchor.homeUrl);
      if (t3) log(`  ${describe(t3)}`);
    }
  }
  console.log("");
  if (oursRuns.length === 0) {
    console.log("Lighthouse: not measured (no Chromium)");
    summary.add(4, "Lighthouse not measured (no Chromium)", false);
    return;
  }
  const median = medianFigures(oursRuns);
  const ok =
    median.performance >= TARGET.performance &&
    median.accessibility >= TARGET.accessibility &&
    median.lcpMs <= TARGET.lcpMs &&
    median.tbtMs <= TARGET.tbtMs;
  console.log(
    `Lighthouse mobile (default config: simulated slow 4G, 4× CPU slowdown), median of ${oursRuns.length} runs, each figure on its own:`,
  );
  console.log(`  ours / signed in (50 of 10 000 tasks): ${describe(median)}`);
  for (const [index, run] of oursRuns.entries()) console.log(`    run ${index + 1}: ${describe(run)}`);
  console.log(`  t3 / (one run, reference):              ${t3 ? describe(t3) : "not measured"}`);
  console.log(
    `  targets: performance ≥ ${TARGET.performance}, accessibility ${TARGET.accessibility.toFixed(1)}, LCP ≤ ${(TARGET.lcpMs / 1000).toFixed(1)} s, TBT ≤ ${TARGET.tbtMs} ms`,
  );
  summary.add(
    4,
    `Lighthouse mobile / (median of ${oursRuns.length}) ${describe(median)} vs t3 ${t3 ? describe(t3) : "not measured"} (targets performance ≥ ${TARGET.performance}, accessibility 1.0, LCP ≤ 2.0 s, TBT ≤ ${TARGET.tbtMs} ms)`,
    ok,
  );
}

function describe(figures: LighthouseFigures) {
  return `performance ${figures.performance.toFixed(2)}, accessibility ${figures.accessibility.toFixed(2)}, LCP ${(figures.lcpMs / 1000).toFixed(2)} s, TBT ${figures.tbtMs.toFixed(0)} ms`;
}
