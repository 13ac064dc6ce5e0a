import { describe, expect, it } from "vitest";
import journal from "../../../drizzle/meta/_journal.json";
import { migrationState } from "./migration-state";

const entries = [
  { tag: "0000_init", when: 100 },
  { tag: "0001_tasks", when: 200 },
  { tag: "0002_labels", when: 300 },
];

describe("migrationState", () => {
  it("is current when the last journal entry has been applied", () => {
    expect(migrationState(entries, [100, 200, 300])).toEqual({ applied: 3, expected: 3, pending: [] });
  });

  it("lists what is newer than the last applied migration, as Drizzle's migrator decides", () => {
    expect(migrationState(entries, [100])).toEqual({ applied: 1, expected: 3, pending: ["0001_tasks", "0002_labels"] });
  });

  it("lists everything for a database that has never been migrated", () => {
    expect(migrationState(entries, []).pending).toEqual(["0000_init", "0001_tasks", "0002_labels"]);
  });

  it("has nothing pending when the database is ahead of this build (a rollback)", () => {
    expect(migrationState(entries, [100, 200, 300, 400])).toEqual({ applied: 4, expected: 3, pending: [] });
  });

  it("reads the committed journal", () => {
    expect(migrationState(journal.entries, []).expected).toBe(journal.entries.length);
    expect(journal.entries.length).toBeGreaterThan(0);
  });
});
