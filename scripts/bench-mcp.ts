// npm run bench:mcp: what the MCP layer costs over the tRPC procedure it calls. list_tasks through
// /api/mcp (a stateless MCP server per request) against task.list over tRPC, with the same personal access
// token, for a user with 10 000 tasks; plus SQL statements per call. Prints figures; asserts nothing.
// Needs a production build (made if missing) and a PostgreSQL server (TEST_DATABASE_URL or the local one).
import { sql } from "drizzle-orm";
import { HttpSession, uniqueEmail } from "../tests/http/client";
import { bearerCredentials, startBenchApp, statementCount } from "./bench/app";
import { type LoadResult, load } from "./bench/load";
import { seedTasks } from "./bench/seed";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TASKS = 10_000;
const log = (message: string) => console.log(`[bench:mcp] ${message}`);
const ms = (value: number) => `${value.toFixed(1)} ms`;

const rpc = (method: string, params: object) => ({ jsonrpc: "2.0", id: 1, method, params });
const MCP_CALLS = {
  "tools/list": rpc("tools/list", {}),
  "tools/call list_tasks": rpc("tools/call", { name: "list_tasks", arguments: {} }),
};

async function main() {
  const { app, handle, stop } = await startBenchApp("tasklane_bench_mcp", log);
  try {
    const browser = new HttpSession(app.url);
    const response = await browser.signUp({
      name: "Bench MCP",
      email: uniqueEmail("mcp"),
      password: "bench password 1",
    });
    const { user } = (await response.json()) as { user: { id: string } };
    await seedTasks(handle.db, user.id, TASKS, "MCP user");
    await handle.db.execute(sql`analyze task`);
    const token = (await bearerCredentials(app.url, browser.cookieHeader()))["access token"];
    if (!token) throw new Error("no access token");

    const mcpUrl = `${app.url}/api/mcp`;
    const trpcUrl = `${app.url}/api/trpc/task.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;
    log("warming up…");
    await load(trpcUrl, token, 2);
    await load(mcpUrl, token, 2, 10, MCP_CALLS["tools/call list_tasks"]);

    const results = new Map<string, { result: LoadResult; statements: number }>();
    const measure = async (label: string, run: () => Promise<LoadResult>, once: () => Promise<unknown>) => {
      log(`${label}: ${SECONDS} s, 10 connections…`);
      await once();
      const before = await statementCount(app.url);
      await once();
      results.set(label, { statements: (await statementCount(app.url)) - before, result: await run() });
    };
    const post = (json: unknown) =>
      fetch(mcpUrl, {
        method: "POST",
        headers: { ...token, "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: JSON.stringify(json),
      }).then((answer) => answer.text());
    await measure(
      "tRPC task.list",
      () => load(trpcUrl, token, SECONDS),
      () => fetch(trpcUrl, { headers: token }).then((answer) => answer.text()),
    );
    for (const [label, json] of Object.entries(MCP_CALLS)) {
      await measure(
        `MCP ${label}`,
        () => load(mcpUrl, token, SECONDS, 10, json),
        () => post(json),
      );
    }

    console.log("");
    console.log(`${TASKS} tasks, first page of 50, a personal access token, 10 connections:`);
    for (const [label, { result, statements }] of results) {
      console.log(
        `  ${label.padEnd(24)} ${result.requestsPerSecond.toFixed(0).padStart(5)} req/s   p50 ${ms(result.p50)}   p99 ${ms(result.p99)}   ${statements} statements   errors ${result.errors}`,
      );
    }
    const trpc = results.get("tRPC task.list")?.result;
    const mcp = results.get("MCP tools/call list_tasks")?.result;
    if (trpc && mcp) {
      console.log(
        `  list_tasks over MCP / task.list over tRPC: ${(mcp.requestsPerSecond / trpc.requestsPerSecond).toFixed(2)} of the throughput`,
      );
    }
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error("[bench:mcp] failed:", error);
  process.exit(1);
});
