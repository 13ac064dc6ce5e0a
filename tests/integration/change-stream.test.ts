import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { ChangeEvent } from "@/lib/change-feed";
import type { Session } from "@/server/auth/auth";
import { projectMember } from "@/server/db/schema";
import { CHANGES_CHANNEL, feedBounds, pruneChanges } from "@/server/modules/sync/feed";
import { ChangeHub, type WakeSource } from "@/server/modules/sync/hub";
import { listeningSource, pollingSource } from "@/server/modules/sync/sources";
import { changeStream } from "@/server/modules/sync/stream";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

type Stream = ReturnType<typeof changeStream>;
const open: { stream: Stream; abort: AbortController }[] = [];

afterEach(async () => {
  for (const { stream, abort } of open.splice(0)) {
    abort.abort();
    await stream.return(undefined).catch(() => {});
  }
});

const listening = (): WakeSource => listeningSource((handlers) => database.handle.listen(CHANGES_CHANNEL, handlers));

function openStream(hub: ChangeHub, session: Session, lastEventId: string | null = null): Stream {
  const abort = new AbortController();
  const stream = changeStream({ db: database.db, hub, userId: session.user.id, lastEventId, signal: abort.signal });
  open.push({ stream, abort });
  return stream;
}

/** The next event as `[id, data]`, or "nothing" when none comes within `ms`. */
async function next(stream: Stream, ms = 3_000): Promise<[string, ChangeEvent] | "nothing"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"nothing">((resolve) => {
    timer = setTimeout(() => resolve("nothing"), ms);
  });
  const pending = stream.next();
  // Left pending when nothing comes: the stream's abort at the end of the test rejects it.
  pending.catch(() => {});
  const result = await Promise.race([pending, timeout]);
  clearTimeout(timer);
  if (result === "nothing" || result.done) return "nothing";
  return [result.value.id, result.value.event];
}

async function shared() {
  const [owner, member, outsider] = await Promise.all(
    ["Ann", "Bob", "Cy"].map((name) => createSignedInUser(database.db, { name })),
  );
  if (!owner || !member || !outsider) throw new Error("users not created");
  const project = await callerFor(database.db, owner).project.create({ name: "Trip" });
  await database.db
    .insert(projectMember)
    .values({ projectId: project.id, userId: member.user.id, role: "editor", position: "a0" });
  return { owner, member, outsider, projectId: project.id };
}

describe("a screen's stream, started from the head its page's shell read (sidebar.get's feedHead)", () => {
  it("gets what changed while the page was loading, which a stream started from now misses", async () => {
    const { owner, member, projectId } = await shared();
    const { feedHead } = await callerFor(database.db, member).sidebar.get();
    const created = await callerFor(database.db, owner).task.create({ title: "Made while loading", projectId });

    const fromNow = openStream(new ChangeHub(listening()), member);
    expect(await next(fromNow)).toEqual([expect.any(String), { entity: "ready" }]);
    expect(await next(fromNow, 300)).toBe("nothing");

    const fromPage = openStream(new ChangeHub(listening()), member, String(feedHead));
    expect(await next(fromPage)).toEqual([
      expect.any(String),
      { entity: "task", id: created.id, projectId, op: "insert" },
    ]);
    expect(await next(fromPage)).toEqual([expect.any(String), { entity: "ready" }]);
  });
});

describe.each([
  ["LISTEN", listening],
  ["polling", () => pollingSource(async () => (await feedBounds(database.db)).head, 50)],
])("sync.changes over %s", (_name, source) => {
  it("is ready at once, then carries a member's change to another member", async () => {
    const { owner, member, projectId } = await shared();
    const stream = openStream(new ChangeHub(source()), member);
    expect(await next(stream)).toEqual([expect.any(String), { entity: "ready" }]);

    const created = await callerFor(database.db, owner).task.create({ title: "Book the train", projectId });
    expect(await next(stream)).toEqual([
      expect.any(String),
      { entity: "task", id: created.id, projectId, op: "insert" },
    ]);
  });

  it("never carries a project's changes to a non-member, nor someone's Inbox", async () => {
    const { owner, outsider, projectId } = await shared();
    const stream = openStream(new ChangeHub(source()), outsider);
    expect(await next(stream)).toEqual([expect.any(String), { entity: "ready" }]);
    const api = callerFor(database.db, owner);
    await api.task.create({ title: "Shared", projectId });
    await api.task.create({ title: "Inbox" });
    expect(await next(stream, 1_000)).toBe("nothing");
  });
});

describe("resuming", () => {
  it("replays exactly the missed changes after the last event id, then is ready", async () => {
    const { owner, member, projectId } = await shared();
    const hub = new ChangeHub(listening());
    const first = openStream(hub, member);
    const ready = await next(first);
    if (ready === "nothing") throw new Error("no ready event");
    const api = callerFor(database.db, owner);
    const seen = await api.task.create({ title: "Seen", projectId });
    const seenEvent = await next(first);
    expect(seenEvent).toEqual([expect.any(String), expect.objectContaining({ id: seen.id })]);
    if (seenEvent === "nothing") return;

    // The connection drops; two changes happen meanwhile.
    const missedOne = await api.task.create({ title: "Missed one", projectId });
    const missedTwo = await api.task.create({ title: "Missed two", projectId });
    await api.task.create({ title: "Not theirs" });

    const resumed = openStream(hub, member, seenEvent[0]);
    expect(await next(resumed)).toEqual([
      expect.any(String),
      expect.objectContaining({ id: missedOne.id, op: "insert" }),
    ]);
    expect(await next(resumed)).toEqual([
      expect.any(String),
      expect.objectContaining({ id: missedTwo.id, op: "insert" }),
    ]);
    expect(await next(resumed)).toEqual([expect.any(String), { entity: "ready" }]);
  });

  it("asks for a resync when the missed changes are no longer kept, or the id is not one of ours", async () => {
    const { owner, member, projectId } = await shared();
    const api = callerFor(database.db, owner);
    const before = await feedBounds(database.db);
    await api.task.create({ title: "Gone", projectId });
    await pruneChanges(database.db, Date.now() + 8 * 24 * 60 * 60 * 1000);
    await api.task.create({ title: "Kept", projectId });
    const hub = new ChangeHub(listening());

    expect(await next(openStream(hub, member, String(before.head - 1)))).toEqual([
      expect.any(String),
      { entity: "resync" },
    ]);
    expect(await next(openStream(hub, member, "not-a-seq"))).toEqual([expect.any(String), { entity: "resync" }]);
    expect(await next(openStream(hub, member, "999999999999"))).toEqual([expect.any(String), { entity: "resync" }]);
  });

  it("tells a member who is removed, so their screens drop the project", async () => {
    const { member, projectId } = await shared();
    const stream = openStream(new ChangeHub(listening()), member);
    expect(await next(stream)).toEqual([expect.any(String), { entity: "ready" }]);
    await database.db
      .delete(projectMember)
      .where(and(eq(projectMember.projectId, projectId), eq(projectMember.userId, member.user.id)));
    expect(await next(stream)).toEqual([
      expect.any(String),
      { entity: "member", id: member.user.id, projectId, op: "delete" },
    ]);
  });
});

describe.skipIf(database.mode === "pglite")("a lost listening connection", () => {
  it("is listened again, and what changed meanwhile still arrives", async () => {
    const { owner, member, projectId } = await shared();
    const stream = openStream(new ChangeHub(listening()), member);
    expect(await next(stream)).toEqual([expect.any(String), { entity: "ready" }]);
    await waitForListener();

    // What a database restart does to the listening session, without restarting the shared server.
    await database.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query like 'LISTEN%' and pid <> pg_backend_pid()`);
    const created = await callerFor(database.db, owner).task.create({ title: "During the outage", projectId });
    expect(await next(stream, 8_000)).toEqual([expect.any(String), expect.objectContaining({ id: created.id })]);
  });
});

async function waitForListener(): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = await database.db.execute<{ listening: number }>(sql`select count(*)::int as listening
      from pg_stat_activity where datname = current_database() and query like 'LISTEN%'`);
    if ((result.rows[0]?.listening ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the hub never listened");
}

describe("the hub", () => {
  it("serves every stream of the process from one source, started with the first and stopped with the last", async () => {
    let started = 0;
    let stopped = 0;
    const hub = new ChangeHub({
      start: () => {
        started += 1;
        return async () => {
          stopped += 1;
        };
      },
    });
    const first = hub.subscribe(() => {});
    const second = hub.subscribe(() => {});
    expect([started, hub.subscriberCount]).toEqual([1, 2]);
    first();
    second();
    expect([started, stopped, hub.subscriberCount]).toEqual([1, 1, 0]);
  });
});

describe("ending", () => {
  it("ends with an AbortError, never normally, when the process shuts down (so the client reconnects)", async () => {
    const { member } = await shared();
    const hub = new ChangeHub(listening());
    const stream = openStream(hub, member);
    expect(await next(stream)).toEqual([expect.any(String), { entity: "ready" }]);
    const ending = stream.next();
    hub.close();
    await expect(ending).rejects.toMatchObject({ name: "AbortError" });
    expect(hub.subscriberCount).toBe(0);
  });
});
