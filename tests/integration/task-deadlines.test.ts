import { beforeEach, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure, messagesOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
});

describe("task deadlines", () => {
  it("creates a task with a deadline besides its due date, and reads it back", async () => {
    const created = await api.task.create({ title: "Tax return", dueDate: "2026-04-20", deadline: "2026-04-30" });
    expect(created).toMatchObject({ dueDate: "2026-04-20", deadline: "2026-04-30" });
    expect((await api.task.byId({ id: created.id })).deadline).toBe("2026-04-30");
    expect((await api.task.create({ title: "No deadline" })).deadline).toBeNull();
  });

  it("sets, changes and clears a deadline; clearing the due date keeps it", async () => {
    const created = await api.task.create({ title: "Tax return", dueDate: "2026-04-20" });
    const set = await api.task.update({ id: created.id, updatedAt: created.updatedAt, deadline: "2026-04-30" });
    expect(set.deadline).toBe("2026-04-30");
    const undated = await api.task.update({ id: set.id, updatedAt: set.updatedAt, dueDate: null });
    expect(undated).toMatchObject({ dueDate: null, deadline: "2026-04-30" });
    const cleared = await api.task.update({ id: set.id, updatedAt: undated.updatedAt, deadline: null });
    expect(cleared.deadline).toBeNull();
  });

  it("records deadline changes in the task's history", async () => {
    const created = await api.task.create({ title: "Tax return" });
    const set = await api.task.update({ id: created.id, updatedAt: created.updatedAt, deadline: "2026-04-30" });
    await api.task.update({ id: set.id, updatedAt: set.updatedAt, deadline: "2026-05-15" });
    const [latest, previous] = await api.task.activity({ id: created.id });
    expect(latest).toMatchObject({ kind: "updated", changes: { deadline: { from: "2026-04-30", to: "2026-05-15" } } });
    expect(previous).toMatchObject({ kind: "updated", changes: { deadline: { from: null, to: "2026-04-30" } } });
  });

  it.each([
    ["a date that does not exist", "2026-02-30"],
    ["a date and time", "2026-04-30T10:00"],
    ["words", "april 30"],
  ])("refuses %s", async (_name, deadline) => {
    const error = await failure(api.task.create({ title: "Tax return", deadline }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(messagesOf(error)).toContain("Use a date like 2026-03-31.");
  });

  it("cannot be set on another user's task: NOT_FOUND, nothing changed", async () => {
    const created = await api.task.create({ title: "Mine", deadline: "2026-04-30" });
    const stranger = callerFor(database.db, await createSignedInUser(database.db));
    const error = await failure(
      stranger.task.update({ id: created.id, updatedAt: created.updatedAt, deadline: "2026-01-01" }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect((await api.task.byId({ id: created.id })).deadline).toBe("2026-04-30");
    expect((await stranger.task.list({ hasDeadline: true })).items).toEqual([]);
  });
});
