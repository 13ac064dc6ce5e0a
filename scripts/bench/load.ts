import http from "node:http";
import autocannon from "autocannon";

/** Each timed load's length (BENCH_SECONDS) and how many rounds alternate the loads compared (BENCH_ROUNDS, ≥ 3). */
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** How a request proves who it is: a session cookie, or an Authorization header. */
export type Credentials = { cookie: string } | { authorization: string };

/**
 * Loopback load with autocannon: `connections` concurrent clients for `seconds`; GET, or POST of `json`.
 * `credentials` undefined: a visitor's requests.
 */
export async function load(
  url: string,
  credentials: Credentials | undefined,
  seconds: number,
  connections = 10,
  json?: unknown,
): Promise<LoadResult> {
  const post =
    json === undefined
      ? {}
      : {
          method: "POST" as const,
          body: JSON.stringify(json),
          headers: {
            ...credentials,
            "content-type": "application/json",
            accept: "application/json, text/event-stream",
          },
        };
  const result = await autocannon({ url, connections, duration: seconds, headers: { ...credentials }, ...post });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * One connection, one request at a time, for `seconds`: each GET timed from sending it to its body's last
 * byte on a sub-millisecond clock. autocannon's histogram counts whole milliseconds, too coarse to compare
 * pages answered in 5–15 ms: a 6.4 ms median reads as 6 or 7, up to 16 % on one side of a ratio.
 */
export async function oneAtATime(url: string, credentials: Credentials, seconds: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  try {
    while (performance.now() < end) {
      const started = performance.now();
      const status = await get(url, credentials, agent).catch(() => 0);
      if (status >= 200 && status < 300) times.push(performance.now() - started);
      else errors += 1;
    }
  } finally {
    agent.destroy();
  }
  times.sort((a, b) => a - b);
  const percentile = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
  return { requestsPerSecond: (times.length + errors) / seconds, p50: percentile(0.5), p99: percentile(0.99), errors };
}

/** A GET read to its end; resolves with its status. */
function get(url: string, credentials: Credentials, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { ...credentials } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** Means of several runs of the same load (rounds alternated with another server's). */
export function meanOf(runs: LoadResult[]): LoadResult {
  return {
    requestsPerSecond: mean(runs.map((run) => run.requestsPerSecond)),
    p50: mean(runs.map((run) => run.p50)),
    p99: mean(runs.map((run) => run.p99)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

export function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
}
