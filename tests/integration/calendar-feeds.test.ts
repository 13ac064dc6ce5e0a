import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { baseURL } from "@/server/auth/urls";
import { calendarFeed, user } from "@/server/db/schema";
import { answersNotModified } from "@/server/modules/calendar-feeds/conditional";
import { feedDocument, feedState, recordFeedUse } from "@/server/modules/calendar-feeds/feed";
import { hashFeedToken } from "@/server/modules/calendar-feeds/tokens";
import { createInnerContext } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/root";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

const tokenOf = (url: string) => /\/api\/calendar\/(tlcal_[A-Za-z0-9_-]{43})\.ics$/.exec(url)?.[1] ?? "";

/** The feed's events as an independent parser reads them, with its state (null: the address answers 404). */
async function readFeed(url: string) {
  const state = await feedState(database.db, tokenOf(url));
  if (!state) return null;
  const text = await feedDocument(database.db, state);
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .map((component) => new ICAL.Event(component));
  return { state, text, titles: events.map((event) => event.summary).sort() };
}

let owner: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  owner = await createSignedInUser(database.db, { timeZone: "America/New_York" });
  api = callerFor(database.db, owner);
});

describe("calendarFeed procedures", () => {
  it("creates a feed whose address is shown once and whose token is kept only as a hash", async () => {
    const created = await api.calendarFeed.create({});
    expect(created.url.startsWith(`${baseURL}/api/calendar/tlcal_`)).toBe(true);
    const token = tokenOf(created.url);
    expect(token).not.toBe("");
    const [row] = await database.db.select().from(calendarFeed).where(eq(calendarFeed.id, created.id));
    expect(row?.tokenHash).toBe(hashFeedToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const listed = await api.calendarFeed.list();
    expect(listed).toEqual([
      {
        id: created.id,
        projectId: null,
        projectName: null,
        lastCharacters: token.slice(-4),
        lastUsedAt: null,
        createdAt: expect.any(Date),
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it("revoke makes the address unknown; rotate gives a new one for the same project", async () => {
    const home = await api.project.create({ name: "Home" });
    const feed = await api.calendarFeed.create({ projectId: home.id });
    expect(await readFeed(feed.url)).not.toBeNull();

    const rotated = await api.calendarFeed.rotate({ id: feed.id });
    expect(rotated.url).not.toBe(feed.url);
    expect(rotated.projectId).toBe(home.id);
    expect(await readFeed(feed.url)).toBeNull();
    expect((await readFeed(rotated.url))?.state.name).toBe("Tasklane: Home");

    await api.calendarFeed.revoke({ id: rotated.id });
    expect(await readFeed(rotated.url)).toBeNull();
    expect(await api.calendarFeed.list()).toEqual([]);
    expect(await codeOf(api.calendarFeed.revoke({ id: rotated.id }))).toBe("NOT_FOUND");
  });

  it("refuses to make or rotate a feed with an API token (a leaked token must not mint a lasting way in)", async () => {
    const feed = await api.calendarFeed.create({});
    const tokenCaller = createCaller(
      createInnerContext({
        db: database.db,
        identity: { user: owner.user, method: "access-token", sessionId: null, signedInAt: null },
      }),
    );
    expect(await codeOf(tokenCaller.calendarFeed.create({}))).toBe("FORBIDDEN");
    expect(await codeOf(tokenCaller.calendarFeed.rotate({ id: feed.id }))).toBe("FORBIDDEN");
    expect(await tokenCaller.calendarFeed.list()).toHaveLength(1);
  });

  it("goes with its project", async () => {
    const trip = await api.project.create({ name: "Trip" });
    const feed = await api.calendarFeed.create({ projectId: trip.id });
    await api.project.delete({ id: trip.id, tasks: "delete" });
    expect(await readFeed(feed.url)).toBeNull();
  });
});

describe("a feed's content", () => {
  it("has the open dated tasks in scope: not completed, trashed, undated, nor an archived project's", async () => {
    const work = await api.project.create({ name: "Work" });
    const old = await api.project.create({ name: "Old" });
    await api.task.create({ title: "Inbox dated", dueDate: "2026-04-01" });
    await api.task.create({ title: "Inbox undated" });
    const parent = await api.task.create({
      title: "Work dated",
      projectId: work.id,
      dueDate: "2026-04-02",
      dueTime: "14:00",
    });
    await api.task.create({ title: "Work subtask", parentId: parent.id, dueDate: "2026-04-03" });
    const done = await api.task.create({ title: "Done", dueDate: "2026-04-01" });
    await api.task.setCompleted({ id: done.id, completed: true });
    const binned = await api.task.create({ title: "Binned", dueDate: "2026-04-01" });
    await api.task.delete({ id: binned.id });
    await api.task.create({ title: "Archived one", projectId: old.id, dueDate: "2026-04-01" });
    await api.project.update({ id: old.id, archived: true });

    const all = await readFeed((await api.calendarFeed.create({})).url);
    expect(all?.titles).toEqual(["Inbox dated", "Work dated", "Work subtask"]);
    const ofWork = await readFeed((await api.calendarFeed.create({ projectId: work.id })).url);
    expect(ofWork?.titles).toEqual(["Work dated", "Work subtask"]);
    // A project's own feed is that project's view: archived or not, it shows its tasks.
    const ofOld = await readFeed((await api.calendarFeed.create({ projectId: old.id })).url);
    expect(ofOld?.titles).toEqual(["Archived one"]);
    expect(all?.text).toContain("DTSTART;TZID=America/New_York:20260402T140000");
    expect(all?.text).toContain("BEGIN:VTIMEZONE");
  });

  it("keeps its ETag while nothing changes, and changes it (and Last-Modified) when a task does", async () => {
    const task = await api.task.create({ title: "Plan", dueDate: "2026-04-01" });
    const feed = await api.calendarFeed.create({});
    const token = tokenOf(feed.url);
    const first = await feedState(database.db, token, new Date("2026-03-01T10:00:00Z"));
    if (!first) throw new Error("feed not found");
    expect(first.stored).toBe(false);
    await recordFeedUse(database.db, first, new Date("2026-03-01T10:00:00Z"));

    const again = await feedState(database.db, token, new Date("2026-03-01T11:00:00Z"));
    expect(again).toMatchObject({ etag: first.etag, stored: true, changedAt: first.changedAt });
    if (!again) throw new Error("feed not found");
    expect(answersNotModified(new Headers({ "if-none-match": first.etag }), again)).toBe(true);
    expect(answersNotModified(new Headers({ "if-modified-since": first.changedAt.toUTCString() }), again)).toBe(true);

    await api.task.update({ id: task.id, updatedAt: task.updatedAt, title: "Plan the trip" });
    const edited = await feedState(database.db, token, new Date("2026-03-01T12:00:00Z"));
    if (!edited) throw new Error("feed not found");
    expect(edited.etag).not.toBe(first.etag);
    expect(edited.changedAt.getTime()).toBeGreaterThan(first.changedAt.getTime());
    expect(answersNotModified(new Headers({ "if-none-match": first.etag }), edited)).toBe(false);
    expect(answersNotModified(new Headers({ "if-modified-since": first.changedAt.toUTCString() }), edited)).toBe(false);

    // Completing the task takes it out: the ETag changes even though no remaining task is newer.
    await recordFeedUse(database.db, edited, new Date("2026-03-01T12:00:00Z"));
    await api.task.setCompleted({ id: task.id, completed: true });
    expect((await feedState(database.db, token))?.etag).not.toBe(edited.etag);
  });

  it("changes its ETag when the owner's time zone does", async () => {
    await api.task.create({ title: "Call", dueDate: "2026-04-01", dueTime: "09:00" });
    const { url } = await api.calendarFeed.create({});
    const before = await feedState(database.db, tokenOf(url));
    await database.db.update(user).set({ timeZone: "Europe/Paris" }).where(eq(user.id, owner.user.id));
    const after = await readFeed(url);
    expect(after?.state.etag).not.toBe(before?.etag);
    expect(after?.text).toContain("DTSTART;TZID=Europe/Paris:20260401T090000");
  });

  it("answers a poll in one statement", async () => {
    await api.task.create({ title: "Plan", dueDate: "2026-04-01" });
    const { url } = await api.calendarFeed.create({});
    const { result, statements } = await database.countStatements(() => feedState(database.db, tokenOf(url)));
    expect(result).not.toBeNull();
    expect(statements).toBe(1);
  });
});
