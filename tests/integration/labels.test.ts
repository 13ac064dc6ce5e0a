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

describe("labels", () => {
  it("creates labels, listed by name ignoring case, with open-task counts", async () => {
    const work = await api.label.create({ name: "work", color: "blue" });
    const errand = await api.label.create({ name: "Errand" });
    await api.task.create({ title: "open", labelIds: [work.id] });
    const done = await api.task.create({ title: "done", labelIds: [work.id, errand.id] });
    await api.task.setCompleted({ id: done.id, completed: true });
    const binned = await api.task.create({ title: "binned", labelIds: [errand.id] });
    await api.task.delete({ id: binned.id });

    expect(work).toMatchObject({ name: "work", color: "blue", userId: session.user.id });
    expect(await api.label.list()).toMatchObject([
      { id: errand.id, name: "Errand", color: "gray", openTaskCount: 0 },
      { id: work.id, name: "work", color: "blue", openTaskCount: 1 },
    ]);
  });

  it('is unique per user ignoring case: "Work" then "work" is CONFLICT naming it', async () => {
    await api.label.create({ name: "Work" });

    const error = await failure(api.label.create({ name: "work" }));

    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe('You already have a label called "work".');
    expect((await api.label.list()).map((row) => row.name)).toEqual(["Work"]);
    // Another user may have their own "work".
    const other = callerFor(database.db, await createSignedInUser(database.db));
    expect(await other.label.create({ name: "work" })).toMatchObject({ name: "work" });
  });

  it("a taken id is a plain CONFLICT, not a name clash", async () => {
    const first = await api.label.create({ name: "Unique one" });
    const error = await failure(api.label.create({ id: first.id, name: "Unique two" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("That already exists.");
  });

  it("renames and recolours; renaming onto another label's name is CONFLICT", async () => {
    const home = await api.label.create({ name: "home" });
    await api.label.create({ name: "Garden" });

    expect(await api.label.update({ id: home.id, name: "House", color: "amber" })).toMatchObject({
      id: home.id,
      name: "House",
      color: "amber",
    });
    // Changing only the case of its own name is allowed.
    expect(await api.label.update({ id: home.id, name: "house" })).toMatchObject({ name: "house" });

    const error = await failure(api.label.update({ id: home.id, name: "GARDEN" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("GARDEN");
    expect((await api.label.list()).map((row) => row.name)).toEqual(["Garden", "house"]);
  });

  it("merges: the tasks of `from` get `into` (once), `from` is gone", async () => {
    const from = await api.label.create({ name: "urgent" });
    const into = await api.label.create({ name: "important" });
    const other = await api.label.create({ name: "home" });
    const onlyFrom = await api.task.create({ title: "only from", labelIds: [from.id, other.id] });
    const both = await api.task.create({ title: "both", labelIds: [from.id, into.id] });
    const onlyInto = await api.task.create({ title: "only into", labelIds: [into.id] });
    const neither = await api.task.create({ title: "neither", labelIds: [other.id] });

    const merged = await api.label.merge({ fromId: from.id, intoId: into.id });

    expect(merged).toMatchObject({ label: { id: into.id, name: "important" }, taskCount: 2 });
    const sorted = (ids: string[]) => [...ids].sort();
    expect((await api.task.byId({ id: onlyFrom.id })).labelIds).toEqual(sorted([into.id, other.id]));
    expect((await api.task.byId({ id: both.id })).labelIds).toEqual([into.id]);
    expect((await api.task.byId({ id: onlyInto.id })).labelIds).toEqual([into.id]);
    expect((await api.task.byId({ id: neither.id })).labelIds).toEqual([other.id]);
    expect(await api.label.list()).toMatchObject([
      { id: other.id, openTaskCount: 2 },
      { id: into.id, openTaskCount: 3 },
    ]);
    expect((await failure(api.label.update({ id: from.id, name: "again" }))).code).toBe("NOT_FOUND");
  });

  it("refuses to merge a label into itself", async () => {
    const only = await api.label.create({ name: "solo" });
    expect((await failure(api.label.merge({ fromId: only.id, intoId: only.id }))).code).toBe("BAD_REQUEST");
    expect(await api.label.list()).toHaveLength(1);
  });

  it("deletes a label; its tasks keep their other labels", async () => {
    const doomed = await api.label.create({ name: "doomed" });
    const kept = await api.label.create({ name: "kept" });
    const tagged = await api.task.create({ title: "tagged", labelIds: [doomed.id, kept.id] });

    expect(await api.label.delete({ id: doomed.id })).toEqual({ id: doomed.id });

    expect((await api.task.byId({ id: tagged.id })).labelIds).toEqual([kept.id]);
    expect((await api.label.list()).map((row) => row.name)).toEqual(["kept"]);
    expect((await failure(api.label.delete({ id: doomed.id }))).code).toBe("NOT_FOUND");
  });

  it.each([
    [{ name: "@home" }, "A label name cannot contain @ or commas."],
    [{ name: "a,b" }, "A label name cannot contain @ or commas."],
    [{ name: " " }, "Enter a label name."],
    [{ name: "x", color: "mauve" }, "Pick one of the offered colours."],
  ])("refuses %j with BAD_REQUEST", async (input, message) => {
    const error = await failure(api.label.create(input as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(messagesOf(error)).toContain(message);
  });
});
