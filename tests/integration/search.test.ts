import { beforeAll, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { SEARCH_CANDIDATES } from "@/server/modules/tasks/search";
import { insertTasks } from "~tests/factories/tasks";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

// The same file runs on PGlite and PostgreSQL (npm run test:pg): every expectation here holds on both.
const database = setupTestDatabase();

let api: ReturnType<typeof callerFor>;

beforeAll(async () => {
  const session: Session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
  for (const [title, description] of [
    ["Buy groceries", "milk and eggs"],
    ["Tabulate expenses", ""],
    ["Call the plumber", "the kitchen sink leaks"],
    ["Kitchen shelves", "measure the wall"],
    ["Renew passport", "photos from the grocery store booth"],
    ["Plan Q&A session", "with the team"],
    ["Read about rust's borrow checker", ""],
  ] as const) {
    await api.task.create({ title, description });
  }
  const done = await api.task.create({ title: "Old grocery run" });
  await api.task.setCompleted({ id: done.id, completed: true });
  const binned = await api.task.create({ title: "Binned groceries" });
  await api.task.delete({ id: binned.id });
  await callerFor(database.db, await createSignedInUser(database.db)).task.create({ title: "Their groceries" });
});

const search = async (text: string, extra: { status?: "open" | "all" } = {}) =>
  (await api.task.list({ search: text, ...extra })).items.map((item) => item.title);

describe("task.list search", () => {
  it.each([
    ["groc", ["Buy groceries", "Renew passport"]],
    ["grocery", ["Buy groceries", "Renew passport"]],
    ["GROCERIES", ["Buy groceries", "Renew passport"]],
    ["kitchen", ["Kitchen shelves", "Call the plumber"]],
    ["kitchen sink", ["Call the plumber"]],
    ["sink kitch", ["Call the plumber"]],
    ["milk", ["Buy groceries"]],
    ["borrow", ["Read about rust's borrow checker"]],
    ["rust's", ["Read about rust's borrow checker"]],
    ["Q&A", ["Plan Q&A session"]],
    ["nothing like this", []],
  ])("%j finds %j (title matches first)", async (text, titles) => {
    expect(await search(text)).toEqual(titles);
  });

  it("searches completed tasks when asked, never trashed ones or someone else's", async () => {
    expect(await search("groceries", { status: "all" })).toEqual([
      "Buy groceries",
      "Old grocery run",
      "Renew passport",
    ]);
  });

  it.each([
    "&",
    "|",
    "!",
    ":",
    "*",
    "(",
    ")",
    "'",
    "\\",
    "%",
    "_",
    "a & b | !c",
    "groc:* & (x | y)",
    "''",
    "!!:*",
    "<->",
    "ab'",
  ])("the query %j never fails", async (text) => {
    const page = await api.task.list({ search: text });
    expect(Array.isArray(page.items)).toBe(true);
  });

  it("a % or _ in a short query is a literal character, not a wildcard", async () => {
    expect(await search("b%")).toEqual([]);
    expect(await search("b_")).toEqual([]);
  });

  it("1–2 character terms match as substrings, title matches first", async () => {
    expect((await search("ab")).sort()).toEqual(["Read about rust's borrow checker", "Tabulate expenses"]);
    const b = await search("B");
    // Equal ranks come in id order, so compare the title matches as a set.
    expect(b.slice(0, 4).sort()).toEqual([
      "Buy groceries",
      "Call the plumber",
      "Read about rust's borrow checker",
      "Tabulate expenses",
    ]);
    expect(b.slice(4)).toEqual(["Renew passport"]);
  });

  it("a query of punctuation only is matched as typed, not ignored", async () => {
    expect(await search("%&|")).toEqual([]);
    expect(await search("Q&A")).toEqual(["Plan Q&A session"]);
    expect(await search("&")).toEqual(["Plan Q&A session"]);
  });

  it("combines with the other filters", async () => {
    const work = await api.project.create({ name: "Search project" });
    await api.task.create({ title: "Groceries for the office", projectId: work.id });
    expect((await api.task.list({ search: "groceries", projectId: work.id })).items.map((item) => item.title)).toEqual([
      "Groceries for the office",
    ]);
  });
});

describe("relevance pagination", () => {
  it("pages through equally and differently ranked matches without duplicates or gaps", async () => {
    const session = await createSignedInUser(database.db);
    const searcher = callerFor(database.db, session);
    await insertTasks(database.db, session.user.id, 23, (index) => ({
      title: index % 3 === 0 ? `Report ${index}` : `Task ${index}`,
      description: index % 3 === 0 ? "" : index % 2 ? "about the report" : "report report report draft",
    }));

    const whole = (await searcher.task.list({ search: "report", limit: 100 })).items;
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const page: Awaited<ReturnType<typeof searcher.task.list>> = await searcher.task.list({
        search: "report",
        limit: 5,
        cursor,
      });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }

    expect(whole).toHaveLength(23);
    expect(seen).toEqual(whole.map((item) => item.id));
    // Every title match ranks above every description-only match.
    const firstDescriptionOnly = whole.findIndex((item) => !item.title.startsWith("Report"));
    expect(whole.slice(firstDescriptionOnly).every((item) => !item.title.startsWith("Report"))).toBe(true);
    expect(firstDescriptionOnly).toBe(8);
  });
});

describe("a search that matches more than SEARCH_CANDIDATES tasks (issue #20)", () => {
  it("ranks only its newest SEARCH_CANDIDATES matches, title matches first, paged without duplicates", async () => {
    const session = await createSignedInUser(database.db);
    const searcher = callerFor(database.db, session);
    const extra = 30;
    const total = SEARCH_CANDIDATES + extra;
    const start = Date.parse("2026-01-01T00:00:00Z");
    // Task i was created i minutes after the first; every fifth has the word in its title.
    const rows = await insertTasks(database.db, session.user.id, total, (index) => ({
      title: index % 5 === 0 ? `Invoice ${index}` : `Task ${index}`,
      description: index % 5 === 0 ? "" : "send the invoice",
      createdAt: new Date(start + index * 60_000),
    }));
    const newest = new Set(rows.slice(extra).map((row) => row.id));

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const page: Awaited<ReturnType<typeof searcher.task.list>> = await searcher.task.list({
        search: "invoice",
        limit: 30,
        cursor,
      });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }

    expect(seen).toHaveLength(SEARCH_CANDIDATES);
    expect(new Set(seen)).toEqual(newest);
    const titles = new Map(rows.map((row) => [row.id, row.title]));
    const firstDescriptionOnly = seen.findIndex((id) => !titles.get(id)?.startsWith("Invoice"));
    expect(firstDescriptionOnly).toBe(SEARCH_CANDIDATES / 5);
    expect(seen.slice(firstDescriptionOnly).every((id) => !titles.get(id)?.startsWith("Invoice"))).toBe(true);

    // Another sort still pages through every match.
    const byCreation = await searcher.task.list({ search: "invoice", sort: "created", limit: 100 });
    const next = await searcher.task.list({
      search: "invoice",
      sort: "created",
      limit: 100,
      cursor: byCreation.nextCursor,
    });
    expect(byCreation.items.length + next.items.length).toBe(total);
  });
});
