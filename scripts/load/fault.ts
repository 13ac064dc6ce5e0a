import type { HttpSession } from "../../tests/http/client";
import { testServerUrl } from "../../tests/setup/postgres";
import {
  ACKNOWLEDGED_TASKS_SQL,
  checkAcknowledgedWrites,
  signUpTrafficUser,
  TaskTrafficClient,
  type TrafficCall,
} from "../../tests/setup/task-traffic";
import { relayTarget, startTcpProxy, throughRelay } from "../../tests/setup/tcp-proxy";
import { startBenchApp } from "../bench/app";

// Load with a database cut in the middle: `connections` clients of `users` users (80 % task.list, 20 %
// task.create/task.update) for `seconds`; halfway through, the relay between the app and PostgreSQL resets
// every connection (as soon as a transaction is open, so writes die half-way) and refuses new ones for
// `cutSeconds`. Figures per phase, and the checks a load test makes: answers, logs, writes, recovery.

export interface LoadFaultOptions {
  seconds: number;
  cutSeconds: number;
  connections: number;
  users: number;
  log: (message: string) => void;
}

export type Phase = "before" | "cut" | "after";
export const PHASES: Phase[] = ["before", "cut", "after"];

export interface PhaseFigures {
  phase: Phase;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** How many answers of each HTTP status (0: no answer). */
  statuses: Record<number, number>;
}

export interface LoadCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface LoadFaultReport {
  phases: PhaseFigures[];
  /** Connections inside a transaction when the relay cut them. */
  transactionsCut: number;
  /** From restoring the relay to the first write answered 200. */
  recoveryMs: number | null;
  checks: LoadCheck[];
}

const READ_SHARE = 0.8;
const UNCAUGHT = /uncaughtException|unhandledRejection/;

export async function runLoadAndFault(options: LoadFaultOptions): Promise<LoadFaultReport> {
  const { seconds, cutSeconds, connections, users, log } = options;
  const beforeSeconds = (seconds - cutSeconds) / 2;
  const relay = await startTcpProxy(relayTarget(testServerUrl()));
  const { app, handle, stop } = await startBenchApp("tasklane_load", log, { API_RATE_LIMIT_PER_MINUTE: "0" }, (url) =>
    throughRelay(url, relay.port),
  );
  try {
    log(`signing up ${users} users…`);
    const sessions: HttpSession[] = [];
    for (let user = 0; user < users; user++) sessions.push(await signUpTrafficUser(app.url, `Load ${user}`));
    const clients: TaskTrafficClient[] = [];
    for (let index = 0; index < connections; index++) {
      const session = sessions[index % sessions.length];
      if (session) clients.push(new TaskTrafficClient(session, `load client ${index}`));
    }

    const calls: TrafficCall[] = [];
    const started = performance.now();
    const end = started + seconds * 1_000;
    const traffic = clients.map(async (client) => {
      while (performance.now() < end) {
        const call = await (Math.random() < READ_SHARE
          ? client.list()
          : Math.random() < 0.5
            ? client.create()
            : client.update());
        calls.push(call);
      }
    });

    log(`${seconds} s of traffic, ${connections} connections, ${users} users, ${READ_SHARE * 100} % reads…`);
    await sleep(beforeSeconds * 1_000);
    log("cutting the database as soon as a transaction is open…");
    const transactionsCut = await relay.cutInTransactions(1, 5_000).catch(async (error: unknown) => {
      log(`${error instanceof Error ? error.message : String(error)}: cutting anyway`);
      await relay.cut();
      return 0;
    });
    const cutAt = performance.now();
    await sleep(cutSeconds * 1_000);
    await relay.restore();
    const restoredAt = performance.now();
    log(`database back after ${((restoredAt - cutAt) / 1_000).toFixed(1)} s; traffic continues…`);
    await Promise.all(traffic);
    const stoppedAt = performance.now();

    const phaseOf = (call: TrafficCall): Phase =>
      call.startedAt < cutAt ? "before" : call.startedAt < restoredAt ? "cut" : "after";
    const bounds: Record<Phase, [number, number]> = {
      before: [started, cutAt],
      cut: [cutAt, restoredAt],
      after: [restoredAt, stoppedAt],
    };
    const phases = PHASES.map((phase) =>
      figures(
        phase,
        calls.filter((call) => phaseOf(call) === phase),
        bounds[phase],
      ),
    );
    const firstWriteBack = calls
      .filter((call) => call.startedAt >= restoredAt && call.procedure !== "task.list" && call.status === 200)
      .map((call) => call.startedAt + call.ms)
      .sort((a, b) => a - b)[0];

    log("checking the database against every acknowledged write…");
    if (handle.driver !== "pg") throw new Error("the load database is PostgreSQL over pg");
    const pool = handle.client;
    const written = await checkAcknowledgedWrites(clients, async (ids) => {
      const result = await pool.query<{ id: string; title: string }>(ACKNOWLEDGED_TASKS_SQL, [ids]);
      return result.rows;
    });
    const health = await fetch(`${app.url}/api/health`);

    const unexpected = calls.filter((call) => call.status !== 200 && call.status !== 503);
    const crashes = app
      .output()
      .split("\n")
      .filter((line) => UNCAUGHT.test(line));
    const after = calls.filter((call) => phaseOf(call) === "after" && call.status === 200);
    const checks: LoadCheck[] = [
      {
        name: "the cut caught transactions half-way",
        ok: transactionsCut > 0,
        detail: `${transactionsCut} connections were between begin and commit`,
      },
      {
        name: "every answer was 200 or 503 (no 500)",
        ok: unexpected.length === 0,
        detail: unexpected.length === 0 ? `${calls.length} answers` : describeCalls(unexpected),
      },
      {
        name: "no uncaught exception in the server's output",
        ok: crashes.length === 0,
        detail: crashes.length === 0 ? "none" : crashes.slice(0, 3).join("\n"),
      },
      {
        name: "every acknowledged write is in the database",
        ok: written.missing.length === 0 && written.behind.length === 0,
        detail: `${written.checked} tasks checked; missing ${written.missing.length}, behind ${written.behind.length}${[
          ...written.missing,
          ...written.behind,
        ]
          .slice(0, 3)
          .map((line) => `\n  ${line}`)
          .join("")}`,
      },
      {
        name: "recovered without a restart",
        ok:
          health.status === 200 &&
          (["task.list", "task.create", "task.update"] as const).every((procedure) =>
            after.some((call) => call.procedure === procedure),
          ),
        detail: `health ${health.status} at the end; after the cut ${after.length} calls answered 200`,
      },
    ];
    return {
      phases,
      transactionsCut,
      recoveryMs: firstWriteBack === undefined ? null : firstWriteBack - restoredAt,
      checks,
    };
  } finally {
    await stop();
    await relay.close();
  }
}

function figures(phase: Phase, calls: TrafficCall[], [from, to]: [number, number]): PhaseFigures {
  const latencies = calls.map((call) => call.ms).sort((a, b) => a - b);
  const percentile = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0;
  const statuses: Record<number, number> = {};
  for (const call of calls) statuses[call.status] = (statuses[call.status] ?? 0) + 1;
  const seconds = (to - from) / 1_000;
  return {
    phase,
    seconds,
    requests: calls.length,
    requestsPerSecond: calls.length / Math.max(seconds, 0.001),
    p50: percentile(0.5),
    p99: percentile(0.99),
    statuses,
  };
}

function describeCalls(calls: TrafficCall[]): string {
  const counts = new Map<string, number>();
  for (const call of calls) {
    const key = `${call.procedure} ${call.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} × ${key}`).join(", ");
}

/** The report as lines: a table of the phases, then each check. */
export function formatReport(report: LoadFaultReport): string[] {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  // A call counts in the phase it started in (one sent just before the restore may end in a 200).
  const lines = ["phase    seconds  requests    req/s      p50       p99  statuses"];
  for (const phase of report.phases) {
    const statuses = Object.entries(phase.statuses)
      .map(([status, count]) => `${count} × ${status === "0" ? "no answer" : status}`)
      .join(", ");
    lines.push(
      `${phase.phase.padEnd(8)} ${phase.seconds.toFixed(1).padStart(7)} ${String(phase.requests).padStart(9)} ${phase.requestsPerSecond.toFixed(0).padStart(8)} ${ms(phase.p50)} ${ms(phase.p99)}  ${statuses}`,
    );
  }
  lines.push(
    `transactions open at the cut: ${report.transactionsCut}; first write answered 200 ${
      report.recoveryMs === null ? "never" : `${report.recoveryMs.toFixed(0)} ms`
    } after the database came back`,
  );
  for (const check of report.checks) lines.push(`${check.ok ? "ok  " : "FAIL"} ${check.name}: ${check.detail}`);
  return lines;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
