import { beforeEach, describe, expect, it } from "vitest";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  api = callerFor(database.db, await createSignedInUser(database.db));
});

const names = async () => (await api.filter.list()).map((filter) => filter.name);

describe("filter.parse", () => {
  it("answers valid with the parsed query", async () => {
    expect(await api.filter.parse({ query: "today & p1" })).toEqual({
      valid: true,
      ast: { kind: "and", left: { kind: "today" }, right: { kind: "priority", value: 1 } },
    });
  });

  it("answers a bad query with its position and message, never an error", async () => {
    expect(await api.filter.parse({ query: "today &" })).toEqual({
      valid: false,
      error: { position: 7, message: "Expected a filter after '&' at 7" },
    });
    expect(await api.filter.parse({ query: "" })).toEqual({
      valid: false,
      error: { position: 0, message: "Expected a filter at 0" },
    });
  });
});

describe("saved filters", () => {
  it("creates filters last in the sidebar, with a colour, and lists them in order", async () => {
    const urgent = await api.filter.create({ name: "Urgent", query: "p1 | overdue", color: "red" });
    expect(urgent).toMatchObject({ name: "Urgent", query: "p1 | overdue", color: "red" });
    await api.filter.create({ name: "Home this week", query: "#Home & 7 days" });
    expect(await api.filter.list()).toMatchObject([
      { name: "Urgent", color: "red" },
      { name: "Home this week", color: "gray" },
    ]);
    expect(await api.filter.byId({ id: urgent.id })).toMatchObject({ name: "Urgent" });
  });

  it("refuses a query that does not parse, with the parse error, and saves nothing", async () => {
    const error = await failure(api.filter.create({ name: "Broken", query: "today & (p1" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Expected ')' at 11");
    expect(await names()).toEqual([]);
  });

  it("keeps names unique per user ignoring case", async () => {
    await api.filter.create({ name: "Urgent", query: "p1" });
    const error = await failure(api.filter.create({ name: "URGENT", query: "p2" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe('You already have a filter called "URGENT".');
    const other = callerFor(database.db, await createSignedInUser(database.db));
    await expect(other.filter.create({ name: "urgent", query: "p1" })).resolves.toMatchObject({ name: "urgent" });
  });

  it("updates name, query and colour; an unparsable query changes nothing", async () => {
    const filter = await api.filter.create({ name: "Soon", query: "3 days" });
    await expect(
      api.filter.update({ id: filter.id, name: "Later", query: "next 30 days", color: "teal" }),
    ).resolves.toMatchObject({ name: "Later", query: "next 30 days", color: "teal" });
    const error = await failure(api.filter.update({ id: filter.id, query: "next 30 dayz" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^Unknown filter 'next 30 dayz'.* at 0$/);
    expect(await api.filter.byId({ id: filter.id })).toMatchObject({ query: "next 30 days" });
  });

  it("reorders and deletes", async () => {
    const a = await api.filter.create({ name: "A", query: "p1" });
    const b = await api.filter.create({ name: "B", query: "p2" });
    const c = await api.filter.create({ name: "C", query: "p3" });
    await api.filter.reorder({ id: c.id, afterId: null });
    expect(await names()).toEqual(["C", "A", "B"]);
    await api.filter.reorder({ id: c.id, afterId: a.id });
    expect(await names()).toEqual(["A", "C", "B"]);
    await api.filter.reorder({ id: a.id });
    expect(await names()).toEqual(["C", "B", "A"]);
    await api.filter.delete({ id: b.id });
    expect(await names()).toEqual(["C", "A"]);
    expect((await failure(api.filter.byId({ id: b.id }))).code).toBe("NOT_FOUND");
  });
});
