import { describe, expect, it } from "vitest";
import { DELETE_ACCOUNT_CONFIRMATION } from "@/lib/schemas/account";
import { projectMember } from "@/server/db/schema";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { failure } from "~tests/setup/trpc";

const database = setupTestDatabase();

const weekly = { rrule: "FREQ=WEEKLY", from: "due" } as const;

async function signedIn(name = "Ada") {
  const session = await createSignedInUser(database.db, { name });
  return { session, api: callerFor(database.db, session) };
}

type Api = ReturnType<typeof callerFor>;

/** Olive's project "Home", with Eddie in it as `role` (the membership written as an invitation writes it). */
async function sharedProject(role: "viewer" | "editor") {
  const owner = await signedIn("Olive");
  const member = await signedIn("Eddie");
  const shared = await owner.api.project.create({ name: "Home" });
  await database.db
    .insert(projectMember)
    .values({ projectId: shared.id, userId: member.session.user.id, role, position: "a0" });
  return { owner, member, shared };
}

/** A weekly task in `projectId`, first due on 2026-03-02. */
const waterPlantsIn = (projectId: string) =>
  ({ title: "Water plants", projectId, dueDate: "2026-03-02", recurrence: weekly }) as const;

/** Every page of task.completed, each `limit` long, as "title (occurrence date)" newest first. */
async function allCompletions(api: Api, limit = 50) {
  const entries: { title: string; occurrenceDate: string | null; key: string; completedAt: Date }[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Api["task"]["completed"]>> = await api.task.completed({ cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    for (const item of page.items) {
      entries.push({
        title: item.task.title,
        occurrenceDate: item.occurrenceDate,
        key: item.key,
        completedAt: item.completedAt,
      });
    }
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}

describe("task.completed", () => {
  it("lists a repeating task once per completed occurrence, with completed tasks, newest first", async () => {
    const { api } = await signedIn();
    const water = await api.task.create({ title: "Water plants", dueDate: "2026-03-02", recurrence: weekly });
    const letter = await api.task.create({ title: "Post the letter" });
    await api.task.create({ title: "Still open" });

    await api.task.setCompleted({ id: water.id, completed: true });
    await api.task.setCompleted({ id: letter.id, completed: true });
    await api.task.setCompleted({ id: water.id, completed: true });

    const entries = await allCompletions(api);
    expect(entries.map(({ title, occurrenceDate }) => [title, occurrenceDate])).toEqual([
      ["Water plants", "2026-03-09"],
      ["Post the letter", null],
      ["Water plants", "2026-03-02"],
    ]);
    const times = entries.map((entry) => entry.completedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The repeating task itself is still open, on its next date.
    expect((await api.task.byId({ id: water.id })).dueDate).toBe("2026-03-16");
  });

  it("leaves out an occurrence whose completion was undone, and a reopened task", async () => {
    const { api } = await signedIn();
    const water = await api.task.create({ title: "Water plants", dueDate: "2026-03-02", recurrence: weekly });
    const letter = await api.task.create({ title: "Post the letter" });
    await api.task.setCompleted({ id: water.id, completed: true });
    await api.task.setCompleted({ id: water.id, completed: true });
    await api.task.setCompleted({ id: letter.id, completed: true });

    await api.task.setCompleted({ id: water.id, completed: false });
    await api.task.setCompleted({ id: letter.id, completed: false });

    expect((await allCompletions(api)).map(({ title, occurrenceDate }) => [title, occurrenceDate])).toEqual([
      ["Water plants", "2026-03-02"],
    ]);
  });

  it("pages by completion time without gaps or repeats, across both kinds of row", async () => {
    const { api } = await signedIn();
    const water = await api.task.create({ title: "Water plants", dueDate: "2026-03-02", recurrence: weekly });
    for (let index = 0; index < 3; index += 1) {
      const once = await api.task.create({ title: `One-off ${index}` });
      await api.task.setCompleted({ id: once.id, completed: true });
      await api.task.setCompleted({ id: water.id, completed: true });
    }

    const whole = await allCompletions(api, 50);
    const paged = await allCompletions(api, 2);

    expect(whole).toHaveLength(6);
    expect(paged.map((entry) => entry.key)).toEqual(whole.map((entry) => entry.key));
    expect(new Set(paged.map((entry) => entry.key)).size).toBe(6);
    expect(whole.map((entry) => entry.title)).toEqual([
      "Water plants",
      "One-off 2",
      "Water plants",
      "One-off 1",
      "Water plants",
      "One-off 0",
    ]);
  });

  it("shows a shared project's completions to its members only, and never another user's Inbox", async () => {
    const { owner, member, shared } = await sharedProject("viewer");
    const stranger = await signedIn("Nina");
    const water = await owner.api.task.create(waterPlantsIn(shared.id));
    const bins = await owner.api.task.create({ title: "Take the bins out", projectId: shared.id });
    const diary = await owner.api.task.create({ title: "Private diary" });
    for (const id of [water.id, bins.id, diary.id]) await owner.api.task.setCompleted({ id, completed: true });
    const trashed = await owner.api.task.create({ title: "Trashed", projectId: shared.id });
    await owner.api.task.setCompleted({ id: trashed.id, completed: true });
    await owner.api.task.delete({ id: trashed.id });

    const titles = async (api: Api) => (await allCompletions(api)).map((entry) => entry.title);
    expect(await titles(owner.api)).toEqual(["Private diary", "Take the bins out", "Water plants"]);
    expect(await titles(member.api)).toEqual(["Take the bins out", "Water plants"]);
    expect(await titles(stranger.api)).toEqual([]);
    expect((await failure(callerFor(database.db, null).task.completed({}))).code).toBe("UNAUTHORIZED");
  });

  it("keeps a repeating task's completed occurrences when the task passes to an heir", async () => {
    const { owner, member, shared } = await sharedProject("editor");
    const water = await member.api.task.create(waterPlantsIn(shared.id));
    await member.api.task.setCompleted({ id: water.id, completed: true });
    const occurrences = async (api: Api) =>
      (await allCompletions(api)).map(({ title, occurrenceDate }) => [title, occurrenceDate]);
    expect(await occurrences(owner.api)).toEqual([["Water plants", "2026-03-02"]]);

    // The member's account goes; the tasks they created in the project pass to its owner, history and all.
    await member.api.account.delete({ confirmation: DELETE_ACCOUNT_CONFIRMATION });
    expect(await occurrences(owner.api)).toEqual([["Water plants", "2026-03-02"]]);
    await owner.api.task.setCompleted({ id: water.id, completed: true });
    expect(await occurrences(owner.api)).toEqual([
      ["Water plants", "2026-03-09"],
      ["Water plants", "2026-03-02"],
    ]);
  });

  it("shows a repeating task's completed occurrences to the members of the project it is in now", async () => {
    const { owner, member, shared } = await sharedProject("viewer");
    // The project holds another of the owner's tasks throughout, so the member's Completed reads it.
    await owner.api.task.create({ title: "Take the bins out", projectId: shared.id });
    const balcony = await owner.api.project.create({ name: "Balcony" });
    const water = await owner.api.task.create(waterPlantsIn(balcony.id));
    await owner.api.task.setCompleted({ id: water.id, completed: true });
    const occurrences = async (api: Api) =>
      (await allCompletions(api)).map(({ title, occurrenceDate }) => [title, occurrenceDate]);
    const watered = [["Water plants", "2026-03-02"]];
    expect(await occurrences(owner.api)).toEqual(watered);
    expect(await occurrences(member.api)).toEqual([]);

    // Moved into the shared project, its history comes with it; moved on to the Inbox, it is the owner's alone.
    let moved = await owner.api.task.byId({ id: water.id });
    const moveTo = async (projectId: string | null) => {
      moved = await owner.api.task.update({ id: water.id, projectId, updatedAt: moved.updatedAt });
    };
    await moveTo(shared.id);
    expect(await occurrences(member.api)).toEqual(watered);
    await moveTo(null);
    expect(await occurrences(member.api)).toEqual([]);
    expect(await occurrences(owner.api)).toEqual(watered);
  });

  it("refuses a cursor it did not make", async () => {
    const { api } = await signedIn();
    expect((await failure(api.task.completed({ cursor: "not-a-cursor" }))).code).toBe("BAD_REQUEST");
  });
});
