// npm run bench: issue #20's six targets, measured in one run on this machine and summed up at the end:
// (1) task.list and (2) the signed-in `/` in req/s against the t3 anchor (create-t3-app served beside ours by
// ../shared/bench/t3-anchor.sh), `/`'s HTML bytes; (3) the JavaScript of `/` against t3's; (4) Lighthouse
// mobile on `/`; (5) p50 at 100 000 ÷ at 100 tasks; (6) SQL statements per view query (and per page load).
// Also task.list by how the caller signs in, and the calendar's month at 10 000 planned tasks. Prints
// figures; asserts nothing. BENCH_ONLY=anchor: targets 1–4; BENCH_ONLY=scale: target 5.
// Needs a production build (made if missing) and a PostgreSQL server (TEST_DATABASE_URL or the local one).
import { sql } from "drizzle-orm";
import { views } from "../src/app/(app)/_components/tasks/task-list-input";
import { visibleRange } from "../src/lib/calendar/grid";
import { todayIn } from "../src/lib/dates";
import { HttpSession, uniqueEmail } from "../tests/http/client";
import { measureAgainstAnchor } from "./bench/anchor-targets";
import { bearerCredentials, startBenchApp, statementCount } from "./bench/app";
import { type LoadResult, load, meanOf, oneAtATime, ROUNDS, SECONDS } from "./bench/load";
import { loadLine, log, ms, Summary } from "./bench/report";
import { seedPlannedTasks, seedTasks, seedWorkload, type WorkloadRefs } from "./bench/seed";
import { type Anchor, startAnchor } from "./bench/t3-anchor";

const TARGETS = { scale: 1.3, statementsPerQuery: 1 };
// decision 46: per page load, the session (when its cache misses), the shell's one read (sidebar.get) and the
// view's one list query.
const PAGE_LOAD_BUDGET = 3;

const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && ONLY !== "scale" && ONLY !== "anchor") {
  throw new Error(`BENCH_ONLY is "scale" or "anchor", not "${ONLY}"`);
}
/** Target 5's pages ("flat for every page"), beside task.list: every signed-in page that lists tasks. */
const scalePaths = ({ projectId, labelId, filterId }: ScaleUser["refs"]) => [
  "/",
  "/today",
  "/upcoming",
  "/calendar",
  "/completed",
  "/assigned",
  `/projects/${projectId}`,
  `/labels/${labelId}`,
  `/filters/${filterId}`,
  "/search?q=task",
];

/** A target-5 user: their cookie and what their workload points at. */
interface ScaleUser {
  cookie: string;
  refs: WorkloadRefs & { filterId: string };
}

const trpcUrl = (baseUrl: string, procedure: string, input: unknown) =>
  `${baseUrl}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

async function main() {
  const summary = new Summary();
  let anchor: Anchor | null = null;
  try {
    if (ONLY !== "scale") anchor = await startAnchor(log);
    const { app, handle, stop } = await startBenchApp("tasklane_bench", log);
    try {
      const signUp = async (label: string) => {
        const browser = new HttpSession(app.url);
        const response = await browser.signUp({
          name: `Bench ${label}`,
          email: uniqueEmail(label),
          password: "bench password 1",
        });
        const { user } = (await response.json()) as { user: { id: string } };
        return { id: user.id, cookie: browser.cookieHeader(), browser };
      };
      // Open Inbox tasks (no project, no date): the 10 000-task user's `/` lists the first 50.
      const withTasks = async (label: string, count: number) => {
        const user = await signUp(label);
        await seedTasks(handle.db, user.id, count, `${label} user`);
        return user;
      };
      const medium = ONLY === "scale" ? null : await withTasks("medium", 10_000);
      const today = todayIn("UTC");
      // Target 5's users: the same long-time user's mix at 100 and at 100 000 tasks (seedWorkload).
      const withWorkload = async (label: string, count: number): Promise<ScaleUser> => {
        const { id, cookie, browser } = await signUp(label);
        const made = async (procedure: string, input: unknown) => {
          const response = await browser.post(`/api/trpc/${procedure}`, { json: input });
          if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
          return ((await response.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
        };
        const refs = {
          projectId: await made("project.create", { name: "Work" }),
          labelId: await made("label.create", { name: "errand" }),
          filterId: await made("filter.create", { name: "Urgent", query: "p1" }),
        };
        await seedWorkload(handle.db, id, count, `${label} user`, refs, today);
        return { cookie, refs };
      };
      const small = ONLY === "anchor" ? null : await withWorkload("small", 100);
      const large = ONLY === "anchor" ? null : await withWorkload("large", 100_000);
      // The calendar's user: 10 000 tasks as a planner has them (dated over a year, some timed, some repeating).
      const planner = ONLY === undefined ? await signUp("planner") : null;
      if (planner) await seedPlannedTasks(handle.db, planner.id, 10_000, today);
      // As autovacuum leaves a database in use: statistics for every table the seeding filled.
      await handle.db.execute(sql`analyze`);

      if (anchor && medium) {
        await measureAgainstAnchor({ url: app.url, cookie: medium.cookie }, anchor, summary);
        await anchor.stop();
      }
      if (small && large) await latencyAtScale(app.url, small, large, summary);
      if (ONLY === undefined && medium && planner) {
        await bySignIn(app.url, medium.cookie);
        await statementsPerView(app.url, medium.cookie, today, summary);
        await calendarMonth(app.url, planner.cookie, today);
      }
    } finally {
      await stop();
    }
  } finally {
    await anchor?.stop();
  }
  summary.print();
}

/**
 * Target 5: p50 of task.list and of every page of scalePaths at 100 and at 100 000 tasks, one connection, in
 * one run: ROUNDS rounds of both users, which goes first alternating, so a change in the machine's load falls
 * on both alike.
 */
async function latencyAtScale(baseUrl: string, smallUser: ScaleUser, largeUser: ScaleUser, summary: Summary) {
  const smallPaths = scalePaths(smallUser.refs);
  const largePaths = scalePaths(largeUser.refs);
  const targets: { label: string; small: string; large: string }[] = [
    { label: "task.list", small: trpcUrl(baseUrl, "task.list", {}), large: trpcUrl(baseUrl, "task.list", {}) },
    ...smallPaths.map((path, index) => ({
      label: path.replace(/[0-9a-f-]{36}/, ":id"),
      small: `${baseUrl}${path}`,
      large: `${baseUrl}${largePaths[index]}`,
    })),
  ];
  const slice = Math.max(1, Math.ceil(SECONDS / 2));
  const rows: string[] = [];
  let worst = { label: "", ratio: 0 };
  const cookies = { small: smallUser.cookie, large: largeUser.cookie };
  for (const [index, target] of targets.entries()) {
    const { label } = target;
    log(
      `${label} (${index + 1}/${targets.length}): p50 at 100 and at 100 000 tasks, 1 connection, one request at a time, ${ROUNDS} rounds of ${slice} s each, alternated…`,
    );
    for (const size of ["small", "large"] as const) {
      const response = await fetch(target[size], { headers: { cookie: cookies[size] } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${label} (${size} user) answered ${response.status}, not 200`);
      await oneAtATime(target[size], { cookie: cookies[size] }, 1);
    }
    const runs: Record<"small" | "large", LoadResult[]> = { small: [], large: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (["small", "large"] as const) : (["large", "small"] as const);
      for (const size of order) runs[size].push(await oneAtATime(target[size], { cookie: cookies[size] }, slice));
    }
    const small = meanOf(runs.small);
    const large = meanOf(runs.large);
    const ratio = large.p50 / Math.max(small.p50, 0.01);
    if (ratio > worst.ratio) worst = { label, ratio };
    rows.push(
      `  ${label.padEnd(16)} ${ms(small.p50).padStart(9)} ${ms(large.p50).padStart(9)}   ratio ${ratio.toFixed(2)} (target ≤ ${TARGETS.scale})   errors ${small.errors + large.errors}`,
    );
  }
  console.log("");
  console.log(
    `p50 at 100 tasks, at 100 000 tasks (1 connection, one request at a time, sub-millisecond clock; means of ${ROUNDS} rounds' p50):`,
  );
  for (const row of rows) console.log(row);
  summary.add(
    5,
    `p50 at 100 000 ÷ at 100 tasks, worst of ${targets.map(({ label }) => label).join(", ")}: ${worst.ratio.toFixed(2)} (${worst.label}), t3 n/a (target ≤ ${TARGETS.scale})`,
    worst.ratio <= TARGETS.scale,
  );
}

/** task.list as a browser (cookie), a JWT and a personal access token call it; SQL statements per call. */
async function bySignIn(baseUrl: string, cookie: string) {
  log(`task.list with a cookie, a JWT and a personal access token (${SECONDS} s each)…`);
  const url = trpcUrl(baseUrl, "task.list", {});
  const rows: string[] = [];
  for (const [label, credentials] of Object.entries(await bearerCredentials(baseUrl, cookie))) {
    // Counted on a second call: the first also loads the JWT keys and marks the token used.
    await fetch(url, { headers: credentials }).then((response) => response.text());
    const statements = await statementsAround(baseUrl, () => fetch(url, { headers: credentials }));
    const result = await load(url, credentials, SECONDS);
    rows.push(`${loadLine(label, result)}   ${statements} statement(s) per call`);
  }
  console.log("");
  console.log("task.list by how the caller signs in (10 000 tasks, 10 connections, one run each):");
  for (const row of rows) console.log(row);
}

/**
 * Target 6: SQL statements of each view's list query as the page asks it (one tRPC call right after another,
 * so the session comes from the in-process cache, decision 43), and of whole page loads of the view.
 */
async function statementsPerView(baseUrl: string, cookie: string, today: string, summary: Summary) {
  log("SQL statements per view query and per page load (10 000 tasks)…");
  const perView: [string, string, unknown][] = [
    ["/", "task.list", views.inbox(false)],
    ["/today", "task.list", views.today(today)],
    ["/upcoming", "task.list", views.upcoming(today)],
    ["/completed", "task.completed", {}],
    ["/search?q=task", "task.list", views.search("task")],
  ];
  const rows: string[] = [];
  let worst = 0;
  for (const [view, procedure, input] of perView) {
    const url = trpcUrl(baseUrl, procedure, input);
    const get = () => fetch(url, { headers: { cookie } });
    const query: number[] = [];
    const page: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await get().then((response) => response.text());
      query.push(await statementsAround(baseUrl, get));
      page.push(await statementsAround(baseUrl, () => fetch(`${baseUrl}${view}`, { headers: { cookie } })));
    }
    worst = Math.max(worst, ...query);
    rows.push(
      `  ${view.padEnd(16)} ${procedure.padEnd(15)} ${query.join(", ").padEnd(9)}   page load ${page.join(", ")}`,
    );
  }
  console.log("");
  console.log(
    `SQL statements, three tries each: one view query (target ≤ ${TARGETS.statementsPerQuery}); one page load (decision 46 budgets ${PAGE_LOAD_BUDGET}):`,
  );
  for (const row of rows) console.log(row);
  summary.add(
    6,
    `SQL statements per view query, worst of ${perView.length} views: ${worst}, t3 n/a (target ≤ ${TARGETS.statementsPerQuery})`,
    worst <= TARGETS.statementsPerQuery,
  );
}

/** The calendar's month at 10 000 planned tasks: statements per page load and per task.calendar call, its p50. */
async function calendarMonth(baseUrl: string, cookie: string, today: string) {
  log(`the calendar's month at 10 000 planned tasks: statements, task.calendar (${SECONDS} s)…`);
  const month = { view: "month" as const, date: today };
  const pageUrl = `${baseUrl}/calendar?view=month&date=${month.date}`;
  const page: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    page.push(await statementsAround(baseUrl, () => fetch(pageUrl, { headers: { cookie } })));
  }
  const range = visibleRange(month);
  const url = trpcUrl(baseUrl, "task.calendar", range);
  await fetch(url, { headers: { cookie } }).then((response) => response.text());
  const perCall = await statementsAround(baseUrl, () => fetch(url, { headers: { cookie } }));
  await load(url, { cookie }, 1);
  const result = await load(url, { cookie }, SECONDS);
  console.log("");
  console.log(`calendar month (${range.from} – ${range.to}), 10 000 planned tasks, 10 connections:`);
  console.log(`  page load ${page.join(", ")} statements (decision 46 budgets ${PAGE_LOAD_BUDGET})`);
  console.log(`${loadLine("task.calendar", result)}   ${perCall} statement(s) per call`);
}

/** SQL statements the server runs while `request` is answered (its body read to the end). */
async function statementsAround(baseUrl: string, request: () => Promise<Response>): Promise<number> {
  const before = await statementCount(baseUrl);
  await (await request()).text();
  return (await statementCount(baseUrl)) - before;
}

main().catch((error: unknown) => {
  console.error("[bench] failed:", error);
  process.exit(1);
});
