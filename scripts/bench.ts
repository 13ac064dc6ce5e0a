// npm run bench: task.list over tRPC vs a bare route handler, by cookie vs bearer tokens, latency at
// 100 vs 100 000 tasks, the tasks page's JavaScript weight and its SQL statements per load, and the calendar's
// month at 10 000 planned tasks (statements per page load, task.calendar's p50). Prints figures; asserts nothing.
// Needs a production build (made if missing) and a PostgreSQL server (TEST_DATABASE_URL or the local one).
import { sql } from "drizzle-orm";
import { visibleRange } from "../src/lib/calendar/grid";
import { todayIn } from "../src/lib/dates";
import { HttpSession, uniqueEmail } from "../tests/http/client";
import { BENCH_HEADERS, bearerCredentials, startBenchApp, statementCount } from "./bench/app";
import { type LoadResult, load, mean } from "./bench/load";
import { javascriptWeight } from "./bench/page-weight";
import { seedPlannedTasks, seedTasks } from "./bench/seed";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 3;
// Per page load: the session (when its cache misses), the shell's one read (sidebar.get: projects, counts,
// labels, saved filters, the hour's reminders, the bell's count) and the view's one list query.
const TARGETS = { ratio: 0.8, scale: 1.3, javascriptKb: 139, statements: 3 };
const VIEWS = ["/", "/today", "/upcoming", "/completed", "/search?q=task"];

// BENCH_ONLY=scale: only p50 at 100 vs 100 000 tasks, one connection, for task.list and the pages whose
// sidebar or search used to read every task (issue #20 target 5).
const ONLY_SCALE = process.env.BENCH_ONLY === "scale";
const SCALE_PATHS = ["/", "/upcoming", "/search?q=task"];

const log = (message: string) => console.log(`[bench] ${message}`);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");

async function main() {
  const { app, handle, stop } = await startBenchApp("tasklane_bench", log);
  try {
    const users: Record<"small" | "medium" | "large", { cookie: string; count: number }> = {
      small: { cookie: "", count: 100 },
      medium: { cookie: "", count: 10_000 },
      large: { cookie: "", count: 100_000 },
    };
    for (const [label, user] of Object.entries(users)) {
      const browser = new HttpSession(app.url);
      const response = await browser.signUp({
        name: `Bench ${label}`,
        email: uniqueEmail(label),
        password: "bench password 1",
      });
      const { user: created } = (await response.json()) as { user: { id: string } };
      user.cookie = browser.cookieHeader();
      await seedTasks(handle.db, created.id, user.count, `${label} user`);
    }
    if (ONLY_SCALE) {
      await handle.db.execute(sql`analyze task`);
      await latencyAtScale(app.url, users.small.cookie, users.large.cookie);
      return;
    }
    // The calendar's user: 10 000 tasks as a planner has them (dated over a year, some timed, some repeating).
    const planner = new HttpSession(app.url);
    const plannerResponse = await planner.signUp({
      name: "Bench planner",
      email: uniqueEmail("planner"),
      password: "bench password 1",
    });
    const { user: plannerUser } = (await plannerResponse.json()) as { user: { id: string } };
    const today = todayIn("UTC");
    await seedPlannedTasks(handle.db, plannerUser.id, 10_000, today);
    const plannerCookie = planner.cookieHeader();
    await handle.db.execute(sql`analyze task`);

    const trpcUrl = `${app.url}/api/trpc/task.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;
    const rawUrl = `${app.url}/api/bench/raw-list`;

    log("warming up…");
    await load(trpcUrl, { cookie: users.medium.cookie }, 2);
    await load(rawUrl, { cookie: users.medium.cookie, ...BENCH_HEADERS }, 2);

    const trpcRuns: LoadResult[] = [];
    const rawRuns: LoadResult[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      log(`round ${round}/${ROUNDS}: tRPC then raw, ${SECONDS} s each, 10 connections, 10 000 tasks`);
      trpcRuns.push(await load(trpcUrl, { cookie: users.medium.cookie }, SECONDS));
      rawRuns.push(await load(rawUrl, { cookie: users.medium.cookie, ...BENCH_HEADERS }, SECONDS));
    }
    const summary = (runs: LoadResult[]) => ({
      requestsPerSecond: mean(runs.map((run) => run.requestsPerSecond)),
      p50: mean(runs.map((run) => run.p50)),
      p99: mean(runs.map((run) => run.p99)),
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
    });
    const trpc = summary(trpcRuns);
    const raw = summary(rawRuns);
    const ratio = trpc.requestsPerSecond / raw.requestsPerSecond;

    log(`the same task.list with a JWT and with a personal access token (${SECONDS} s each)…`);
    const bearers = await bearerCredentials(app.url, users.medium.cookie);
    const byCredentials = new Map<string, { result: LoadResult; statements: number }>();
    for (const [label, credentials] of Object.entries(bearers)) {
      // Counted on a second call: the first also loads the JWT keys and marks the token used.
      await fetch(trpcUrl, { headers: credentials }).then((response) => response.text());
      const before = await statementCount(app.url);
      await fetch(trpcUrl, { headers: credentials }).then((response) => response.text());
      const statements = (await statementCount(app.url)) - before;
      byCredentials.set(label, { result: await load(trpcUrl, credentials, SECONDS), statements });
    }

    log(`p50 at 100 and at 100 000 tasks (tRPC, ${SECONDS} s each)…`);
    const small = await load(trpcUrl, { cookie: users.small.cookie }, SECONDS);
    const large = await load(trpcUrl, { cookie: users.large.cookie }, SECONDS);
    const scale = large.p50 / Math.max(small.p50, 0.01);

    log("one page load of each view (10 000 tasks): SQL statements; JavaScript of /…");
    const statementsByView = new Map<string, number[]>();
    for (const view of VIEWS) {
      const counts: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const before = await statementCount(app.url);
        const page = await fetch(`${app.url}${view}`, { headers: { cookie: users.medium.cookie } });
        await page.text();
        counts.push((await statementCount(app.url)) - before);
      }
      statementsByView.set(view, counts);
    }
    const weight = await javascriptWeight(app.url, users.medium.cookie, "/");

    log(`the calendar's month at 10 000 planned tasks: statements per page load, task.calendar p50 (${SECONDS} s)…`);
    const month = { view: "month" as const, date: today };
    const calendarStatements: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = await statementCount(app.url);
      const page = await fetch(`${app.url}/calendar?view=month&date=${month.date}`, {
        headers: { cookie: plannerCookie },
      });
      await page.text();
      calendarStatements.push((await statementCount(app.url)) - before);
    }
    const range = visibleRange(month);
    const calendarUrl = `${app.url}/api/trpc/task.calendar?input=${encodeURIComponent(JSON.stringify({ json: range }))}`;
    const perCall = await (async () => {
      await fetch(calendarUrl, { headers: { cookie: plannerCookie } }).then((response) => response.text());
      const before = await statementCount(app.url);
      await fetch(calendarUrl, { headers: { cookie: plannerCookie } }).then((response) => response.text());
      return (await statementCount(app.url)) - before;
    })();
    await load(calendarUrl, { cookie: plannerCookie }, 1);
    const calendarLoad = await load(calendarUrl, { cookie: plannerCookie }, SECONDS);

    console.log("");
    console.log("task.list, first page of 50, 10 000 tasks, 10 connections:");
    console.log(
      `  tRPC  ${trpc.requestsPerSecond.toFixed(0)} req/s   p50 ${ms(trpc.p50)}   p99 ${ms(trpc.p99)}   errors ${trpc.errors}`,
    );
    console.log(
      `  raw   ${raw.requestsPerSecond.toFixed(0)} req/s   p50 ${ms(raw.p50)}   p99 ${ms(raw.p99)}   errors ${raw.errors}`,
    );
    console.log(`  tRPC/raw ratio ${ratio.toFixed(2)} (target ≥ ${TARGETS.ratio}: ${verdict(ratio >= TARGETS.ratio)})`);
    console.log("task.list by how the caller signs in (10 000 tasks, 10 connections; SQL statements per call):");
    for (const [label, { result, statements }] of byCredentials) {
      console.log(
        `  ${label.padEnd(14)} ${result.requestsPerSecond.toFixed(0)} req/s   p50 ${ms(result.p50)}   ${statements} statements   errors ${result.errors}`,
      );
    }
    console.log(`p50 at 100 tasks ${ms(small.p50)}, at 100 000 tasks ${ms(large.p50)}:`);
    console.log(`  ratio ${scale.toFixed(2)} (target ≤ ${TARGETS.scale}: ${verdict(scale <= TARGETS.scale)})`);
    console.log(`SQL statements per page load, three loads each (target ≤ ${TARGETS.statements}):`);
    for (const [view, counts] of statementsByView) {
      console.log(`  ${view.padEnd(16)} ${counts.join(", ")}  ${verdict(Math.max(...counts) <= TARGETS.statements)}`);
    }
    console.log(`calendar month (${range.from} – ${range.to}), 10 000 planned tasks, 10 connections:`);
    console.log(
      `  page load ${calendarStatements.join(", ")} statements (target ≤ ${TARGETS.statements}: ${verdict(Math.max(...calendarStatements) <= TARGETS.statements)})`,
    );
    console.log(
      `  task.calendar ${perCall} statement(s) per call   ${calendarLoad.requestsPerSecond.toFixed(0)} req/s   p50 ${ms(calendarLoad.p50)}   p99 ${ms(calendarLoad.p99)}   errors ${calendarLoad.errors}`,
    );
    if (weight) {
      const kb = weight.gzipBytes / 1024;
      console.log(
        `JavaScript of /: ${weight.files.length} files, ${kb.toFixed(1)} kB gzip (target ≤ ${TARGETS.javascriptKb} kB: ${verdict(kb <= TARGETS.javascriptKb)})`,
      );
      for (const file of weight.files)
        console.log(`  ${(file.gzipBytes / 1024).toFixed(1).padStart(6)} kB  ${file.path}`);
    } else {
      console.log("JavaScript of /: not measured (no Chromium at /usr/bin/chromium)");
    }
  } finally {
    await stop();
  }
}

/** p50 of each of task.list and SCALE_PATHS at 100 and at 100 000 tasks, one connection, in one run. */
async function latencyAtScale(baseUrl: string, smallCookie: string, largeCookie: string) {
  const trpcUrl = `${baseUrl}/api/trpc/task.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;
  const targets: [string, string][] = [
    ["task.list", trpcUrl],
    ...SCALE_PATHS.map((path): [string, string] => [path, `${baseUrl}${path}`]),
  ];
  const rows: string[] = [];
  for (const [label, url] of targets) {
    log(`${label}: p50 at 100 and at 100 000 tasks, 1 connection, ${SECONDS} s each…`);
    await load(url, { cookie: smallCookie }, 1, 1);
    await load(url, { cookie: largeCookie }, 1, 1);
    const small = await load(url, { cookie: smallCookie }, SECONDS, 1);
    const large = await load(url, { cookie: largeCookie }, SECONDS, 1);
    const scale = large.p50 / Math.max(small.p50, 0.01);
    rows.push(
      `  ${label.padEnd(16)} ${ms(small.p50).padStart(9)} ${ms(large.p50).padStart(9)}   ratio ${scale.toFixed(2)} (target ≤ ${TARGETS.scale}: ${verdict(scale <= TARGETS.scale)})   errors ${small.errors + large.errors}`,
    );
  }
  console.log("");
  console.log("p50 at 100 tasks, at 100 000 tasks (1 connection):");
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error("[bench] failed:", error);
  process.exit(1);
});
