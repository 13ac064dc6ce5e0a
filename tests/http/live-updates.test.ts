import superjson, { type SuperJSONResult } from "superjson";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { appDatabase } from "./app-database";
import { ChangeStream } from "./change-stream";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();
const database = appDatabase(app);

interface Person {
  session: HttpSession;
  id: string;
}

const streams: ChangeStream[] = [];
afterEach(() => {
  for (const stream of streams.splice(0)) stream.close();
});

async function signUp(name: string): Promise<Person> {
  const session = new HttpSession(app.url);
  const response = await session.signUp({
    name,
    email: uniqueEmail(name.toLowerCase()),
    password: "correct horse battery",
  });
  expect(response.status).toBe(200);
  return { session, id: ((await response.json()) as { user: { id: string } }).user.id };
}

async function mutate<T>(person: Person, path: string, input: unknown): Promise<T> {
  const response = await person.session.post(`/api/trpc/${path}`, superjson.serialize(input));
  expect(response.status, `${path} answered ${response.status}`).toBe(200);
  const body = (await response.json()) as { result: { data: SuperJSONResult } };
  return superjson.deserialize<T>(body.result.data);
}

function open(person: Person, input: { lastEventId?: string } = {}, headers: Record<string, string> = {}) {
  const stream = new ChangeStream(app.url, { cookie: person.session.cookieHeader(), ...headers }, input);
  streams.push(stream);
  return stream;
}

/** Opens a stream and waits until it is live (its `ready` event); returns it with that event's id. */
async function openLive(person: Person, headers: Record<string, string> = {}) {
  const stream = open(person, {}, headers);
  const ready = await stream.next(10_000);
  expect(ready?.data).toEqual({ entity: "ready" });
  return stream;
}

let ann: Person;
let bob: Person;
let cy: Person;
let projectId: string;

beforeAll(async () => {
  [ann, bob, cy] = await Promise.all([signUp("Ann"), signUp("Bob"), signUp("Cy")]);
  projectId = (await mutate<{ id: string }>(ann, "project.create", { name: "Holiday" })).id;
  // What accepting an invitation writes (invitations are another module's).
  await database.query(
    `insert into project_member (project_id, user_id, role, position)
     values ($1, $2, 'editor', 'zz' || substr(md5(random()::text), 1, 8))`,
    [projectId, bob.id],
  );
});

describe("sync.changes over SSE", () => {
  it("is an event stream, and carries a member's change to another member's open stream", async () => {
    const stream = await openLive(bob);
    const response = await stream.response;
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);

    const task = await mutate<{ id: string; updatedAt: Date }>(ann, "task.create", {
      title: "Book flights",
      projectId,
    });
    expect((await stream.nextAbout(task.id))?.data).toEqual({ entity: "task", id: task.id, projectId, op: "insert" });
    await mutate(ann, "task.update", { id: task.id, title: "Book the flights", updatedAt: task.updatedAt });
    expect((await stream.nextAbout(task.id))?.data).toEqual({ entity: "task", id: task.id, projectId, op: "update" });
  });

  it("resumes after a dropped connection with exactly the missed events (Last-Event-ID, or lastEventId)", async () => {
    const first = await openLive(bob);
    const seen = await mutate<{ id: string }>(ann, "task.create", { title: "Seen", projectId });
    const seenEvent = await first.nextAbout(seen.id);
    if (!seenEvent) throw new Error("the first stream missed the change");
    first.close();

    const missed = [];
    for (const title of ["Missed one", "Missed two"])
      missed.push(await mutate<{ id: string }>(ann, "task.create", { title, projectId }));
    await mutate(ann, "task.create", { title: "Ann's own, in her Inbox" });

    for (const resumed of [
      open(bob, {}, { "last-event-id": seenEvent.id }),
      open(bob, { lastEventId: seenEvent.id }),
    ]) {
      const events = [await resumed.next(), await resumed.next(), await resumed.next()].map((event) => event?.data);
      expect(events).toEqual([
        { entity: "task", id: missed[0]?.id, projectId, op: "insert" },
        { entity: "task", id: missed[1]?.id, projectId, op: "insert" },
        { entity: "ready" },
      ]);
    }
  });

  it("never carries a project's changes to someone who is not a member", async () => {
    const outsider = await openLive(cy);
    const member = await openLive(bob);
    const task = await mutate<{ id: string }>(ann, "task.create", { title: "Members only", projectId });
    const inbox = await mutate<{ id: string }>(ann, "task.create", { title: "Ann's alone" });
    // The member's stream carries it: the outsider's had every chance to.
    expect(await member.nextAbout(task.id)).not.toBeNull();
    expect(await outsider.next(1_500)).toBeNull();
    expect(await member.nextAbout(inbox.id, 500)).toBeNull();
  });

  it("works with a bearer token instead of the cookie, and refuses nobody", async () => {
    const issued = await ann.session.request("/api/auth/token");
    const { token } = (await issued.json()) as { token: string };
    const stream = new ChangeStream(app.url, { authorization: `Bearer ${token}` });
    streams.push(stream);
    expect((await stream.next(10_000))?.data).toEqual({ entity: "ready" });

    const anonymous = new ChangeStream(app.url, {});
    streams.push(anonymous);
    await anonymous.ended;
    expect(await anonymous.next(100)).toBeNull();
    expect(anonymous.named).toContain("serialized-error");
  });

  it("measures: 20 changes, from the write to another member's event", async () => {
    const stream = await openLive(bob);
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const task = await mutate<{ id: string }>(ann, "task.create", { title: `Latency ${i}`, projectId });
      const event = await stream.nextAbout(task.id);
      expect(event).not.toBeNull();
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const median = ((latencies[9] ?? 0) + (latencies[10] ?? 0)) / 2;
    const worst = latencies[19] ?? 0;
    console.log(`live-update latency over 20 changes: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`);
    expect(worst).toBeLessThan(2_000);
  });
});

describe("a stream's maximum duration", () => {
  const short = setupAppServer({ env: { SYNC_STREAM_MAX_SECONDS: "2" } });

  it("ends the response without tRPC's return event, so the EventSource reconnects and resumes", async () => {
    const person = await (async () => {
      const session = new HttpSession(short.url);
      const response = await session.signUp({
        name: "Dee",
        email: uniqueEmail("dee"),
        password: "correct horse battery",
      });
      expect(response.status).toBe(200);
      return session;
    })();
    const stream = new ChangeStream(short.url, { cookie: person.cookieHeader() });
    streams.push(stream);
    expect((await stream.next(10_000))?.data).toEqual({ entity: "ready" });
    const started = performance.now();
    await stream.ended;
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(stream.named).not.toContain("return");
  });
});

describe("SIGTERM with open streams", () => {
  const draining = setupAppServer({ viaNpmStart: true });

  it("ends every open stream at once (without tRPC's return event), then exits 0", async () => {
    const person = new HttpSession(draining.url);
    const response = await person.signUp({ name: "Eve", email: uniqueEmail("eve"), password: "correct horse battery" });
    expect(response.status).toBe(200);
    const stream = new ChangeStream(draining.url, { cookie: person.cookieHeader() });
    streams.push(stream);
    expect((await stream.next(10_000))?.data).toEqual({ entity: "ready" });

    const stopped = draining.server.terminate();
    await stream.ended;
    const { code, ms } = await stopped;
    expect(code).toBe(0);
    // Well under the 8 s deadline a stream held open would run into.
    expect(ms).toBeLessThan(5_000);
    expect(stream.named).not.toContain("return");
  });
});
