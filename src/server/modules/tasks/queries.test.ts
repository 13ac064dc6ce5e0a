import { drizzle } from "drizzle-orm/node-postgres";
import { describe, expect, it } from "vitest";
import { type ListTasksQuery, listTasksInput, taskSorts } from "@/lib/schemas/task";
import * as schema from "@/server/db/schema";
import { Random } from "~tests/fuzz/random";
import { encodeCursor } from "./cursor";
import { viewQuery } from "./queries";
import { sortOrder } from "./sort-keys";

// A view's statement is prepared once per shape and reused for every input of that shape (issue #20), so
// two inputs of one shape must build the same SQL text: any value that chooses SQL belongs in the shape.

const db = drizzle.mock({ schema });
const USER = "00000000-0000-4000-8000-000000000001";
const IDS = ["00000000-0000-4000-8000-0000000000aa", "00000000-0000-4000-8000-0000000000bb"];
const DATES = ["2026-03-10", "2026-12-31"];

/** One of `choices`, undefined (the input left out) included. */
const oneOf = <T>(random: Random, choices: readonly T[]): T => choices[random.int(0, choices.length - 1)] as T;

/**
 * Values for each input of task.list that can share a prepared statement; search, filter and labels put
 * their values in the SQL and are never shared. A new input must be given values here.
 */
const VALUES: Record<string, (random: Random) => unknown> = {
  status: (random) => oneOf(random, ["open", "completed", "all"]),
  projectId: (random) => oneOf(random, [undefined, null, ...IDS]),
  parentId: (random) => oneOf(random, [undefined, null, ...IDS]),
  sectionId: (random) => oneOf(random, [undefined, null, ...IDS]),
  priority: (random) => oneOf(random, [undefined, 1, 4]),
  assigneeId: (random) => oneOf(random, [undefined, "me", ...IDS]),
  dueFrom: (random) => oneOf(random, [undefined, ...DATES]),
  dueTo: (random) => oneOf(random, [undefined, ...DATES]),
  hasDeadline: (random) => oneOf(random, [undefined, true, false]),
  deadlineTo: (random) => oneOf(random, [undefined, ...DATES]),
  sort: (random) => oneOf(random, [undefined, ...taskSorts.filter((sort) => sort !== "relevance")]),
  limit: (random) => random.int(1, 100),
  direction: (random) => oneOf(random, [undefined, "forward"]),
  cursor: () => undefined, // set below, for the input's sort
  search: () => undefined,
  filter: () => undefined,
  labelIds: () => undefined,
};

/** Random list inputs of every shape, with the SQL text and shape of each. */
function views(count: number) {
  const random = new Random(20_261_206);
  const built: { input: ListTasksQuery; shape: string; sql: string }[] = [];
  while (built.length < count) {
    const raw: Record<string, unknown> = {};
    for (const key of Object.keys(listTasksInput.shape)) {
      const value = VALUES[key]?.(random);
      if (value !== undefined) raw[key] = value;
    }
    const input = listTasksInput.parse(raw);
    const sort = input.sort ?? "manual";
    if (random.chance(0.5)) {
      const key = sortOrder(sort).keys.map((_, index) => oneOf(random, [`a${index}`, index, IDS[0]]));
      input.cursor = encodeCursor(sort, key);
    }
    try {
      const view = viewQuery(db, USER, input, "UTC");
      if (view.shape) built.push({ input, shape: view.shape, sql: view.build().toSQL().sql });
    } catch {
      // Refused before any SQL (a completion sort of open tasks, dates the wrong way round).
    }
  }
  return built;
}

describe("a view's statement shape", () => {
  it("has values for every input of task.list", () => {
    expect(Object.keys(listTasksInput.shape).filter((key) => !(key in VALUES))).toEqual([]);
  });

  it("is the same for two inputs only when their SQL text is the same", () => {
    const sqlByShape = new Map<string, string>();
    for (const { input, shape, sql } of views(3_000)) {
      expect(sqlByShape.get(shape) ?? sql, JSON.stringify(input)).toBe(sql);
      sqlByShape.set(shape, sql);
    }
    expect(sqlByShape.size).toBeGreaterThan(200);
    // 3 000 statements built: 2–3 s on a fast machine, 7–10 s on a slow one under CI's parallel suites.
  }, 30_000);

  it("holds no value of the input, each a parameter, but the page size: its LIMIT is in the text", () => {
    const [projectId] = IDS;
    const input = listTasksInput.parse({ projectId, priority: 2, dueTo: "2026-03-10" });
    const view = viewQuery(db, USER, input, "UTC");
    const { sql, params } = view.build().toSQL();
    for (const value of [USER, projectId, "2026-03-10"]) expect(sql).not.toContain(value);
    expect(view.values).toMatchObject({ userId: USER, projectId, priority: 2, dueTo: "2026-03-10" });
    // A parameter LIMIT made PostgreSQL plan the statement again on every call (see literalLimit).
    expect(sql).toMatch(/ limit 51$/);
    expect(params).not.toContain(51);
    const across = viewQuery(db, USER, listTasksInput.parse({ limit: 20 }), "UTC")
      .build()
      .toSQL();
    // A view across projects: its two branches, the page of each shared project that others' tasks are
    // read from, and the page over them.
    expect(across.sql.match(/ limit 21\b/g)).toHaveLength(4);
  });

  it("is none for a search, a filter or labels, whose SQL holds their values", () => {
    for (const input of [{ search: "milk" }, { filter: "p1" }, { labelIds: [USER] }]) {
      expect(viewQuery(db, USER, listTasksInput.parse(input), "UTC").shape).toBeNull();
    }
  });
});
