import type { HttpSession } from "../../tests/http/client";
import { testServerUrl } from "../../tests/setup/postgres";
import {
  ACKNOWLEDGED_TASKS_SQL,
  checkAcknowledgedWrites,
  signUpTrafficUser,
  TaskTrafficClient,
  type TrafficCall,
} from "../../tests/setup/task-traffic";
import { relayTarget, startTcpProxy, type TcpProxy, throughRelay } from "../../tests/setup/tcp-proxy";
import { startBenchApp } from "../bench/app";
import { buildReport, type LoadFaultReport, type Timeline } from "./report";

// Load with a database cut in the middle: `connections` clients of `users` users (80 % task.list, 20 %
// task.create/task.update) for `seconds`; halfway through, the relay between the app and PostgreSQL resets
// every connection (as soon as a transaction is open, so writes die half-way) and refuses new ones for
// `cutSeconds`. Figures per phase, and the checks (see report.ts).

export { formatReport, type LoadFaultReport } from "./report";

export interface LoadFaultOptions {
  seconds: number;
  cutSeconds: number;
  connections: number;
  users: number;
  log: (message: string) => void;
}

const READ_SHARE = 0.8;

export async function runLoadAndFault(options: LoadFaultOptions): Promise<LoadFaultReport> {
  const { connections, users, log } = options;
  const relay = await startTcpProxy(relayTarget(testServerUrl()));
  try {
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

      const { calls, timeline, transactionsCut } = await trafficWithCut(clients, relay, options);

      log("checking the database against every acknowledged write…");
      if (handle.driver !== "pg") throw new Error("the load database is PostgreSQL over pg");
      const pool = handle.client;
      const written = await checkAcknowledgedWrites(clients, async (ids) => {
        const result = await pool.query<{ id: string; title: string }>(ACKNOWLEDGED_TASKS_SQL, [ids]);
        return result.rows;
      });
      const health = await fetch(`${app.url}/api/health`);
      return buildReport(calls, timeline, {
        transactionsCut,
        serverOutput: app.output(),
        written,
        healthStatus: health.status,
      });
    } finally {
      await stop();
    }
  } finally {
    await relay.close();
  }
}

/** Every client calls in a loop for `seconds`; the relay is cut in the middle for `cutSeconds`. */
async function trafficWithCut(
  clients: TaskTrafficClient[],
  relay: TcpProxy,
  { seconds, cutSeconds, log }: LoadFaultOptions,
): Promise<{ calls: TrafficCall[]; timeline: Timeline; transactionsCut: number }> {
  const calls: TrafficCall[] = [];
  const started = performance.now();
  const end = started + seconds * 1_000;
  const traffic = clients.map(async (client) => {
    while (performance.now() < end) {
      const read = Math.random() < READ_SHARE;
      calls.push(await (read ? client.list() : Math.random() < 0.5 ? client.create() : client.update()));
    }
  });

  log(`${seconds} s of traffic, ${clients.length} connections, ${READ_SHARE * 100} % reads…`);
  await sleep(((seconds - cutSeconds) / 2) * 1_000);
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
  return { calls, timeline: { started, cutAt, restoredAt, stoppedAt: performance.now() }, transactionsCut };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
