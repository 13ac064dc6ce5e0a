import pg from "pg";
import superjson, { type SuperJSONResult } from "superjson";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDatabase as openDatabase } from "@/server/db/client";
import { migrateDatabase } from "@/server/db/migrate";
import { type AppServer, startApp } from "~tests/setup/app-server";
import { type PostgresInstance, startPostgresInstance } from "~tests/setup/postgres-instance";
import { relayTarget, startTcpProxy, type TcpProxy, throughRelay } from "~tests/setup/tcp-proxy";
import { ChangeStream, type StreamedEvent } from "./change-stream";
import { HttpSession, uniqueEmail } from "./client";

// The change stream across a restart of PostgreSQL itself: a server of this file's own (the shared one on 5432
// serves every other file), which the tests stop and start. The app's pool connects to it directly; its
// listening connection (DATABASE_URL_UNPOOLED, as on Neon) goes through a relay, which the second test keeps
// shut for a while so that a change is certainly committed while nobody listens. Bounded: at most 58 s in all
// (hooks and tests' timeouts), about 10 s on a quiet machine.

let postgres: PostgresInstance | undefined;
let relay: TcpProxy | undefined;
let app: AppServer | undefined;
let session: HttpSession;
const streams: ChangeStream[] = [];

beforeAll(async () => {
  postgres = await startPostgresInstance();
  const handle = openDatabase({ driver: "pg", url: postgres.url });
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
  relay = await startTcpProxy(relayTarget(postgres.url));
  app = await startApp({ DATABASE_URL: postgres.url, DATABASE_URL_UNPOOLED: throughRelay(postgres.url, relay.port) });
  session = new HttpSession(app.url);
  const response = await session.signUp({ name: "Ren", email: uniqueEmail("ren"), password: "correct horse battery" });
  expect(response.status).toBe(200);
}, 20_000);

afterEach((context) => {
  if (context.task.result?.state === "fail") console.log(`The app's output:\n${app?.output()}`);
});

afterAll(async () => {
  for (const stream of streams.splice(0)) stream.close();
  try {
    await app?.stop();
    await relay?.close();
  } finally {
    await postgres?.destroy();
  }
}, 8_000);

function server(): { postgres: PostgresInstance; relay: TcpProxy; app: AppServer } {
  if (!postgres || !relay || !app) throw new Error("the server starts before the tests");
  return { postgres, relay, app };
}

/** Adds a task to the Inbox; the first call after a restart must succeed too (the pool reconnects). */
async function addTask(title: string): Promise<{ id: string }> {
  const response = await session.post("/api/trpc/task.create", superjson.serialize({ title }));
  expect(response.status, `task.create answered ${response.status}`).toBe(200);
  const body = (await response.json()) as { result: { data: SuperJSONResult } };
  return superjson.deserialize<{ id: string }>(body.result.data);
}

const added = (task: { id: string }) => ({ entity: "task", id: task.id, projectId: null, op: "insert" });

function open(input: { lastEventId?: string } = {}): ChangeStream {
  const stream = new ChangeStream(server().app.url, { cookie: session.cookieHeader() }, input);
  streams.push(stream);
  return stream;
}

async function openLive(): Promise<ChangeStream> {
  const stream = open();
  expect((await stream.next(10_000))?.data).toEqual({ entity: "ready" });
  return stream;
}

/** The stream's next `count` data events (null where none came in `ms`). */
async function nextEvents(stream: ChangeStream, count: number, ms: number) {
  const events: (StreamedEvent["data"] | undefined)[] = [];
  for (let i = 0; i < count; i++) events.push((await stream.next(ms))?.data);
  return events;
}

/** A stream's event, which must come. */
async function expectEvent(stream: ChangeStream, ms = 10_000): Promise<StreamedEvent> {
  const event = await stream.next(ms);
  if (!event) throw new Error(`no event in ${ms} ms`);
  return event;
}

function occurrences(app: AppServer, text: string): number {
  return app.output().split(text).length - 1;
}

/** Waits until the app has printed `text` at least `count` times. */
async function outputCount(app: AppServer, text: string, count: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (occurrences(app, text) < count) {
    if (Date.now() > deadline) throw new Error(`the app printed "${text}" fewer than ${count} times in ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The server's connections that listen for the change feed. */
async function listeningConnections(postgres: PostgresInstance): Promise<number> {
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    const result = await client.query<{ count: number }>(
      `select count(*)::int as count from pg_stat_activity where query = 'LISTEN "tasklane_changes"'`,
    );
    return result.rows[0]?.count ?? 0;
  } finally {
    await client.end();
  }
}

describe("sync.changes across a database restart", () => {
  it("the open stream carries a change made after the restart, once; a dropped one resumes with exactly what it missed", {
    timeout: 12_000,
  }, async () => {
    const stayed = await openLive();
    const dropped = await openLive();
    const before = await addTask("Before the restart");
    expect((await expectEvent(stayed)).data).toEqual(added(before));
    const lastSeen = await expectEvent(dropped);
    expect(lastSeen.data).toEqual(added(before));
    // The browser whose connection died with the restart.
    dropped.close();

    await server().postgres.restart();

    const after = await addTask("After the restart");
    const next = await addTask("And one more");
    // Whether the listener was back by then (announced) or not (read when it listens again), each once, in order.
    expect(await nextEvents(stayed, 2, 5_000)).toEqual([added(after), added(next)]);
    // What httpSubscriptionLink does when its EventSource reconnects: the last event id as `lastEventId`.
    const resumed = open({ lastEventId: lastSeen.id });
    expect(await nextEvents(resumed, 3, 3_000)).toEqual([added(after), added(next), { entity: "ready" }]);
    expect(stayed.named).not.toContain("serialized-error");
  });

  it("a change committed while the listener is down reaches the open stream once it listens again", {
    timeout: 18_000,
  }, async () => {
    const { postgres, relay, app } = server();
    const stream = await openLive();
    const before = await addTask("Before the outage");
    expect((await expectEvent(stream)).data).toEqual(added(before));
    const lostBefore = occurrences(app, "listening connection lost");
    const failedBefore = occurrences(app, "change feed: cannot listen yet");

    await postgres.stop();
    // While the server is down the relay still accepts, as a proxy in front of a database does, and hangs up:
    // each of the listener's attempts fails half-way through connecting.
    await outputCount(app, "change feed: cannot listen yet", failedBefore + 2, 5_000);
    // From here it cannot connect at all until restore(), whatever the server does.
    await relay.cut();
    await postgres.start();
    const unheard = await addTask("While nobody listened");
    // Its NOTIFY went to nobody: only the read that follows listening again can bring it.
    await relay.restore();

    // The listener's next attempt (backoff: 0.5, 1, 2, 4 s) finds the relay open again.
    expect((await expectEvent(stream, 10_000)).data).toEqual(added(unheard));
    const heard = await addTask("Listening again");
    const last = await addTask("And the last");
    // Each once: a second listener (one per failed attempt) would announce each change again.
    expect(await nextEvents(stream, 2, 3_000)).toEqual([added(heard), added(last)]);
    expect(occurrences(app, "listening connection lost")).toBe(lostBefore + 1);
    // However many attempts it took, one connection listens (none left behind by a failed attempt).
    expect(await listeningConnections(postgres)).toBe(1);
  });
});
