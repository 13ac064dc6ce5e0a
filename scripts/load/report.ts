import type { TrafficCall } from "../../tests/setup/task-traffic";

// What a load-and-fault run measured, and the checks it makes on it.

export type Phase = "before" | "cut" | "after";
const PHASES: Phase[] = ["before", "cut", "after"];

/** When the run started, the database was cut and restored, and the traffic stopped (performance.now()). */
export interface Timeline {
  started: number;
  cutAt: number;
  restoredAt: number;
  stoppedAt: number;
}

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

/** What the checks look at besides the calls. */
export interface RunOutcome {
  transactionsCut: number;
  /** The server's output (stdout and stderr). */
  serverOutput: string;
  written: { checked: number; missing: string[]; behind: string[] };
  /** /api/health's status once the traffic stopped. */
  healthStatus: number;
}

const UNCAUGHT = /uncaughtException|unhandledRejection/;

/** A call counts in the phase it started in (one sent just before the restore may end in a 200). */
function phaseOf(call: TrafficCall, timeline: Timeline): Phase {
  return call.startedAt < timeline.cutAt ? "before" : call.startedAt < timeline.restoredAt ? "cut" : "after";
}

export function buildReport(calls: TrafficCall[], timeline: Timeline, outcome: RunOutcome): LoadFaultReport {
  const bounds: Record<Phase, [number, number]> = {
    before: [timeline.started, timeline.cutAt],
    cut: [timeline.cutAt, timeline.restoredAt],
    after: [timeline.restoredAt, timeline.stoppedAt],
  };
  const inPhase = (phase: Phase) => calls.filter((call) => phaseOf(call, timeline) === phase);
  const firstWriteBack = inPhase("after")
    .filter((call) => call.procedure !== "task.list" && call.status === 200)
    .map((call) => call.startedAt + call.ms)
    .sort((a, b) => a - b)[0];
  return {
    phases: PHASES.map((phase) => figures(phase, inPhase(phase), bounds[phase])),
    transactionsCut: outcome.transactionsCut,
    recoveryMs: firstWriteBack === undefined ? null : firstWriteBack - timeline.restoredAt,
    checks: checks(calls, inPhase("after"), outcome),
  };
}

function checks(calls: TrafficCall[], after: TrafficCall[], outcome: RunOutcome): LoadCheck[] {
  const { transactionsCut, written, healthStatus } = outcome;
  const unexpected = calls.filter((call) => call.status !== 200 && call.status !== 503);
  const crashes = outcome.serverOutput.split("\n").filter((line) => UNCAUGHT.test(line));
  const answeredAfter = after.filter((call) => call.status === 200);
  const lost = [...written.missing, ...written.behind].slice(0, 3).map((line) => `\n  ${line}`);
  return [
    {
      name: "the cut caught transactions half-way",
      ok: transactionsCut > 0,
      detail: `${transactionsCut} connections were between begin and commit`,
    },
    {
      name: "every answer was 200 or 503 (no 500)",
      ok: unexpected.length === 0,
      detail: unexpected.length === 0 ? `${calls.length} answers` : countCalls(unexpected),
    },
    {
      name: "no uncaught exception in the server's output",
      ok: crashes.length === 0,
      detail: crashes.length === 0 ? "none" : crashes.slice(0, 3).join("\n"),
    },
    {
      name: "every acknowledged write is in the database",
      ok: written.missing.length === 0 && written.behind.length === 0,
      detail: `${written.checked} tasks checked; missing ${written.missing.length}, behind ${written.behind.length}${lost.join("")}`,
    },
    {
      // The same process answers reads and writes again once the database is back.
      name: "recovered without a restart",
      ok:
        healthStatus === 200 &&
        answeredAfter.some((call) => call.procedure === "task.list") &&
        answeredAfter.some((call) => call.procedure !== "task.list"),
      detail: `health ${healthStatus} at the end; after the cut ${countCalls(answeredAfter)}`,
    },
  ];
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

/** "3 × task.create 500, …" */
function countCalls(calls: TrafficCall[]): string {
  const counts = new Map<string, number>();
  for (const call of calls) {
    const key = `${call.procedure} ${call.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count} × ${key}`).join(", ") || "no calls";
}

/** The report as lines: a table of the phases (calls by the phase they started in), then each check. */
export function formatReport(report: LoadFaultReport): string[] {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  const lines = ["phase    seconds  requests    req/s      p50       p99  statuses"];
  for (const phase of report.phases) {
    const statuses = Object.entries(phase.statuses)
      .map(([status, count]) => `${count} × ${status === "0" ? "no answer" : status}`)
      .join(", ");
    lines.push(
      `${phase.phase.padEnd(8)} ${phase.seconds.toFixed(1).padStart(7)} ${String(phase.requests).padStart(9)} ${phase.requestsPerSecond.toFixed(0).padStart(8)} ${ms(phase.p50)} ${ms(phase.p99)}  ${statuses}`,
    );
  }
  const recovery = report.recoveryMs === null ? "never" : `${report.recoveryMs.toFixed(0)} ms`;
  lines.push(
    `transactions open at the cut: ${report.transactionsCut}; first write answered 200 ${recovery} after the database came back`,
  );
  for (const check of report.checks) lines.push(`${check.ok ? "ok  " : "FAIL"} ${check.name}: ${check.detail}`);
  return lines;
}
