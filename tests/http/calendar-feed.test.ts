import ICAL from "ical.js";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();

async function signedIn() {
  const browser = new HttpSession(app.url);
  const signUp = await browser.signUp({ name: "Cal", email: uniqueEmail("feed"), password: "correct horse battery" });
  expect(signUp.status).toBe(200);
  return browser;
}

async function mutate<T>(browser: HttpSession, path: string, input: unknown): Promise<T> {
  const response = await browser.post(`/api/trpc/${path}`, superjson.serialize(input));
  const body = (await response.json()) as { result?: { data: Parameters<typeof superjson.deserialize>[0] } };
  if (!body.result) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return superjson.deserialize<T>(body.result.data);
}

/** What a calendar app sends: no cookie, maybe the validators it was given. */
const poll = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, redirect: "manual" });

describe("calendar feed over HTTP (next start)", () => {
  it("answers text/calendar that an independent parser reads, then 304 to a poll that has it", async () => {
    const browser = await signedIn();
    await mutate(browser, "account.update", { timeZone: "Europe/Paris" });
    await mutate(browser, "task.create", { title: "Dentist, 2nd floor", dueDate: "2026-03-27", dueTime: "09:30" });
    await mutate(browser, "task.create", {
      title: "Standup",
      dueDate: "2026-03-27",
      dueTime: "10:00",
      recurrence: { rrule: "FREQ=WEEKLY;BYDAY=FR", from: "due" },
    });
    await mutate(browser, "task.create", { title: "Passport", dueDate: "2026-04-10" });
    const done = await mutate<{ id: string }>(browser, "task.create", { title: "Done already", dueDate: "2026-03-27" });
    await mutate(browser, "task.setCompleted", { id: done.id, completed: true });
    const { url } = await mutate<{ url: string }>(browser, "calendarFeed.create", {});
    expect(url).toMatch(new RegExp(`^${app.url}/api/calendar/tlcal_[A-Za-z0-9_-]{43}\\.ics$`));

    const response = await poll(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("private");
    expect(response.headers.get("set-cookie")).toBeNull();
    const etag = response.headers.get("etag");
    const lastModified = response.headers.get("last-modified");
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(lastModified).not.toBeNull();

    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const zone = calendar.getFirstSubcomponent("vtimezone");
    expect(zone?.getFirstPropertyValue("tzid")).toBe("Europe/Paris");
    if (zone) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    const byTitle = new Map(events.map((event) => [event.summary, event]));
    expect([...byTitle.keys()].sort()).toEqual(["Dentist, 2nd floor", "Passport", "Standup"]);
    // 09:30 in Paris on 27 March 2026 (before the clocks change) is 08:30 UTC.
    expect(byTitle.get("Dentist, 2nd floor")?.startDate.toJSDate().toISOString()).toBe("2026-03-27T08:30:00.000Z");
    expect(byTitle.get("Passport")?.startDate.isDate).toBe(true);
    const standup = byTitle.get("Standup");
    expect(standup?.isRecurring()).toBe(true);
    const occurrences = standup?.iterator();
    occurrences?.next();
    // A week later, after the change to summer time: still 10:00 in Paris, now 08:00 UTC.
    expect(occurrences?.next()?.toJSDate().toISOString()).toBe("2026-04-03T08:00:00.000Z");
    expect(byTitle.get("Passport")?.component.getFirstPropertyValue("url")).toMatch(new RegExp(`^${app.url}/\\?task=`));

    const unchanged = await poll(url, { "if-none-match": etag ?? "" });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("etag")).toBe(etag);
    expect(await unchanged.text()).toBe("");
    expect((await poll(url, { "if-modified-since": lastModified ?? "" })).status).toBe(304);
    const head = await fetch(url, { method: "HEAD" });
    expect([head.status, head.headers.get("etag")]).toEqual([200, etag]);

    await mutate(browser, "task.create", { title: "New one", dueDate: "2026-05-01" });
    const changed = await poll(url, { "if-none-match": etag ?? "" });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toContain("SUMMARY:New one");
  });

  it("answers 404 to a revoked address, a rotated one's old address, and one that never existed", async () => {
    const browser = await signedIn();
    const feed = await mutate<{ id: string; url: string }>(browser, "calendarFeed.create", {});
    const rotated = await mutate<{ id: string; url: string }>(browser, "calendarFeed.rotate", { id: feed.id });
    expect((await poll(feed.url)).status).toBe(404);
    expect((await poll(rotated.url)).status).toBe(200);
    await mutate(browser, "calendarFeed.revoke", { id: rotated.id });
    const revoked = await poll(rotated.url);
    expect(revoked.status).toBe(404);
    const unknown = await poll(`${app.url}/api/calendar/tlcal_${"a".repeat(43)}.ics`);
    const malformed = await poll(`${app.url}/api/calendar/whatever.ics`);
    expect([unknown.status, malformed.status]).toEqual([404, 404]);
    // No oracle: the same answer, word for word.
    expect(await unknown.text()).toBe(await revoked.text());
  });

  // Last: it spends this address's allowance.
  it("answers 429 with Retry-After past 60 requests a minute from one address, known feed or not", async () => {
    const unknown = `${app.url}/api/calendar/tlcal_${"b".repeat(43)}.ics`;
    const statuses: number[] = [];
    for (let request = 0; request < 61; request++) statuses.push((await poll(unknown)).status);
    expect(statuses.at(-1)).toBe(429);
    const limited = await poll(unknown);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
