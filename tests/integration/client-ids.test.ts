import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";

// Creates that take a client-made id (task, project, label) on an id another user's row has. Ids are
// global, so a create naming a taken id cannot succeed as a fresh one does: the answer may only say
// "taken", exactly as for a taken id of the caller's own, and must neither show nor touch the other row.

const database = setupTestDatabase();

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

async function twoUsers() {
  const me = callerFor(database.db, await createSignedInUser(database.db));
  const them = callerFor(database.db, await createSignedInUser(database.db));
  return { me, them };
}

describe("a create with another user's id", () => {
  it("task: answers as for an id of the caller's own that cannot be returned (in the trash)", async () => {
    const { me, them } = await twoUsers();
    const theirs = await them.task.create({ title: "Their secret" });
    const mine = await me.task.create({ title: "Mine" });
    await me.task.delete({ id: mine.id });

    const foreign = await refusal(me.task.create({ id: theirs.id, title: "Mine?" }));
    expect(foreign).toEqual(await refusal(me.task.create({ id: mine.id, title: "Mine?" })));
    expect(foreign.message).not.toContain("Their secret");
    expect(await them.task.byId({ id: theirs.id })).toEqual(theirs);
    expect((await me.task.list({})).items).toEqual([]);
  });

  it("project and label: answer as for a taken id of the caller's own", async () => {
    const { me, them } = await twoUsers();
    const theirProject = await them.project.create({ name: "Their project" });
    const myProject = await me.project.create({ name: "Mine" });
    expect(await refusal(me.project.create({ id: theirProject.id, name: "Other" }))).toEqual(
      await refusal(me.project.create({ id: myProject.id, name: "Other" })),
    );
    const theirLabel = await them.label.create({ name: "their-label" });
    const myLabel = await me.label.create({ name: "mine" });
    expect(await refusal(me.label.create({ id: theirLabel.id, name: "other" }))).toEqual(
      await refusal(me.label.create({ id: myLabel.id, name: "other" })),
    );

    expect(await them.project.list()).toEqual([
      expect.objectContaining({ id: theirProject.id, name: "Their project" }),
    ]);
    expect(await them.label.list()).toEqual([expect.objectContaining({ id: theirLabel.id, name: "their-label" })]);
    expect((await me.project.list()).map((row) => row.id)).toEqual([myProject.id]);
    expect((await me.label.list()).map((row) => row.id)).toEqual([myLabel.id]);
  });
});
