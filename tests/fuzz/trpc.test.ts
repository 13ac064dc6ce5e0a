import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BATCH_SIZE } from "@/lib/limits";
import { HttpSession, uniqueEmail } from "~tests/http/client";
import { setupAppServer } from "~tests/setup/app-server";
import { batchBody, envelopeText, hostileEnvelope } from "./envelopes";
import { type FuzzedProcedure, type FuzzedSubscription, routerProcedures, routerSubscriptions } from "./procedures";
import { chooseSeed, Random } from "./random";
import { type Answer, describe as describeRequest, type FuzzRequest, MAX_URL_LENGTH, send, urlOf } from "./server-cost";
import { mutate, validish } from "./values";

// Generated calls to every tRPC procedure, from its zod schema, plus hostile envelopes and batches.
// Each answer must be below 500, cost the server at most SERVER_MS_BUDGET (its Server-Timing, not
// the time the client waited), and never carry a library's words about our input.

const SERVER_MS_BUDGET = 50;
/** A request over budget is sent again this many times: it fails only if it is never under. */
const RETRIES = 3;
const CALLS = { valid: 6, mutated: 10, hostile: 8, batches: 3 };
const LIBRARY_WORDS = [
  /cannot destructure/i,
  /maximum call stack/i,
  /is not valid json/i,
  /unexpected (?:token|end of json)/i,
  /cannot read properties/i,
  /unknown transformation/i,
];

const seed = chooseSeed();
console.info(`fuzz seed ${seed} (repeat with FUZZ_SEED=${seed} npm run test:fuzz)`);

const app = setupAppServer({
  env: {
    // A session straight from sign-up, and no per-user call limit (issue 15's, 0 turns it off): either
    // would turn most of these calls into 401s or 429s that never reach the procedure.
    EMAIL_VERIFICATION_REQUIRED: "false",
    API_RATE_LIMIT_PER_MINUTE: "0",
  },
});
const procedures = routerProcedures();
const subscriptions = routerSubscriptions();
let session: HttpSession;

async function signUp(): Promise<HttpSession> {
  const fresh = new HttpSession(app.url);
  const response = await fresh.signUp({
    name: "Fuzz",
    email: uniqueEmail("fuzz"),
    password: "correct horse battery staple",
  });
  if (response.status !== 200) throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
  const me = await fresh.query("account.me");
  if (me.status !== 200) throw new Error(`a new user's account.me answered ${me.status}: the fuzz needs a session`);
  return fresh;
}

/** Seeds per procedure, so one procedure's inputs do not depend on which ran before it. */
function randomFor(name: string): Random {
  let hash = seed;
  for (const character of name) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
  return new Random(hash);
}

/**
 * How many calls of a request the server ran: a batch does the work of each call whose input it
 * accepted, and gets SERVER_MS_BUDGET for each; refusing inputs must stay within one budget.
 */
function callsRun(request: FuzzRequest, answer: Answer): number {
  if (!request.batch) return 1;
  let results: unknown;
  try {
    results = JSON.parse(answer.body);
  } catch {
    return 1;
  }
  if (!Array.isArray(results)) return 1;
  const refused = (result: unknown) => JSON.stringify(result).includes('"code":"BAD_REQUEST"');
  return Math.max(1, results.filter((result) => !refused(result)).length);
}

function problemWith(answer: Answer, budgetMs: number): string | null {
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.body.slice(0, 300)}`;
  const words = LIBRARY_WORDS.find((pattern) => pattern.test(answer.body));
  if (words) return `answered with a library's words (${words}): ${answer.body.slice(0, 300)}`;
  if (answer.serverMs === null) return `answered ${answer.status} without Server-Timing`;
  if (answer.serverMs > budgetMs) return `cost the server ${answer.serverMs} ms (budget ${budgetMs} ms)`;
  return null;
}

/** Sends `request`; null when it passed, else what went wrong, with the input. */
async function check(request: FuzzRequest): Promise<string | null> {
  let answer = await send(session, request);
  if (answer.status === 401) {
    // Something the fuzz sent ended its own session: carry on as a new user.
    session = await signUp();
    answer = await send(session, request);
  }
  const overBudget = () => answer.status < 500 && (answer.serverMs ?? 0) > SERVER_MS_BUDGET * callsRun(request, answer);
  for (let retry = 0; retry < RETRIES && overBudget(); retry++) {
    // Time on a shared machine can be another process's: the same input must stay over budget to fail.
    answer = await send(session, request);
  }
  const problem = problemWith(answer, SERVER_MS_BUDGET * callsRun(request, answer));
  return problem ? `${describeRequest(request)}\n  → ${problem}` : null;
}

function call(procedure: FuzzedProcedure, label: string, text: string | undefined): FuzzRequest {
  return { label, method: procedure.type === "query" ? "GET" : "POST", path: procedure.path, batch: false, text };
}

/** A query's input travels in the URL, whose size Node caps before the app: those that fit are sent. */
function fits(request: FuzzRequest): boolean {
  return request.method === "POST" || urlOf(request).length <= MAX_URL_LENGTH;
}

function inputOf(procedure: FuzzedProcedure, random: Random): unknown {
  return procedure.input ? validish(procedure.input, random) : undefined;
}

function requestsFor(procedure: FuzzedProcedure, random: Random): FuzzRequest[] {
  const requests: FuzzRequest[] = [];
  for (let i = 0; i < CALLS.valid; i++) {
    requests.push(call(procedure, `valid-ish input ${i}`, envelopeText(inputOf(procedure, random))));
  }
  for (let i = 0; i < CALLS.mutated; i++) {
    requests.push(call(procedure, `mutated input ${i}`, envelopeText(mutate(inputOf(procedure, random), random))));
  }
  for (let i = 0; i < CALLS.hostile; i++) {
    const { label, text } = hostileEnvelope(inputOf(procedure, random), random);
    requests.push(call(procedure, label, text));
  }
  for (let i = 0; i < CALLS.batches; i++) {
    const size = random.pick([2, MAX_BATCH_SIZE, 50]);
    const envelopes = Array.from({ length: size }, () =>
      random.chance(0.5)
        ? envelopeText(inputOf(procedure, random))
        : hostileEnvelope(inputOf(procedure, random), random).text,
    );
    const { label, text } = batchBody(envelopes, random);
    const path = Array.from({ length: size }, () => procedure.path).join(",");
    requests.push({ ...call(procedure, `${label} of ${size} calls`, text), path, batch: true });
  }
  return requests.filter(fits);
}

beforeAll(async () => {
  session = await signUp();
  // The first call of each procedure loads its code and prepares its statements: not what a call costs.
  for (const procedure of procedures) {
    const random = randomFor(`warm-up ${procedure.path}`);
    await send(session, call(procedure, "warm-up", envelopeText(inputOf(procedure, random))));
    await send(session, call(procedure, "warm-up", '{"json":{},"meta":{"values":"string"}}'));
  }
});

describe(`fuzzed tRPC calls (seed ${seed})`, () => {
  it("covers every procedure of the app router", () => {
    expect(procedures.length).toBeGreaterThan(40);
    expect(procedures.map((procedure) => procedure.path)).toContain("task.create");
  });

  it.each(procedures.map((procedure) => [procedure.path, procedure] as const))(
    "%s: no 5xx, no library words, at most 50 ms of server time a call",
    async (_path, procedure) => {
      const failures: string[] = [];
      for (const request of requestsFor(procedure, randomFor(procedure.path))) {
        const failure = await check(request);
        if (failure) failures.push(failure);
      }
      expect(failures, failures.join("\n\n")).toEqual([]);
    },
  );
});

/** How long a subscription's stream is read before hanging up: its first event comes well before. */
const STREAM_READ_MS = 2_000;

/** Opens a subscription's stream, reads its first two events (tRPC's `connected`, then the answer), hangs up. */
async function openBriefly(request: FuzzRequest): Promise<{ status: number; text: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), STREAM_READ_MS);
  let text = "";
  try {
    const response = await session.request(urlOf(request), { signal: abort.signal });
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    try {
      while (reader && text.split("\n\n").length < 3) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // Hung up after STREAM_READ_MS: what was read is the answer.
    }
    return { status: response.status, text };
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

function subscriptionRequests(subscription: FuzzedSubscription, random: Random): FuzzRequest[] {
  const inputOfIt = () => (subscription.input ? validish(subscription.input, random) : undefined);
  const open = (label: string, text: string | undefined): FuzzRequest => ({
    label,
    method: "GET",
    path: subscription.path,
    batch: false,
    text,
  });
  const requests: FuzzRequest[] = [];
  for (let i = 0; i < CALLS.valid; i++) requests.push(open(`valid-ish input ${i}`, envelopeText(inputOfIt())));
  for (let i = 0; i < CALLS.mutated; i++) {
    requests.push(open(`mutated input ${i}`, envelopeText(mutate(inputOfIt(), random))));
  }
  for (let i = 0; i < CALLS.hostile; i++) {
    const { label, text } = hostileEnvelope(inputOfIt(), random);
    requests.push(open(label, text));
  }
  return requests.filter(fits);
}

// A subscription answers with a stream that stays open, so it has no server time to budget: its inputs
// must still never reach a 5xx, an internal error inside the stream, or a library's words.
describe(`fuzzed subscriptions (seed ${seed})`, () => {
  it.each(subscriptions.map((subscription) => [subscription.path, subscription] as const))(
    "%s: a stream or a 4xx, never a 5xx, an internal error or library words",
    async (_path, subscription) => {
      const failures: string[] = [];
      for (const request of subscriptionRequests(subscription, randomFor(subscription.path))) {
        const { status, text } = await openBriefly(request);
        const words = LIBRARY_WORDS.find((pattern) => pattern.test(text));
        const problem =
          status >= 500
            ? `answered ${status}`
            : text.includes("INTERNAL_SERVER_ERROR")
              ? "an internal error in the stream"
              : words
                ? `a library's words (${words})`
                : null;
        if (problem) failures.push(`${describeRequest(request)}\n  → ${problem}: ${text.slice(0, 300)}`);
      }
      expect(failures, failures.join("\n\n")).toEqual([]);
    },
  );
});
