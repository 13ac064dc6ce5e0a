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
