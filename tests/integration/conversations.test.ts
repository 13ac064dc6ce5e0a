import { beforeEach, describe, expect, it } from "vitest";
import type { Session } from "@/server/auth/auth";
import { ensureConversation, saveMessages } from "@/server/modules/conversations/store";
import { createSignedInUser } from "~tests/factories/users";
import { callerFor } from "~tests/setup/caller";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

const database = setupTestDatabase();

let session: Session;
let api: ReturnType<typeof callerFor>;

beforeEach(async () => {
  session = await createSignedInUser(database.db);
  api = callerFor(database.db, session);
});

async function startConversation(owner: Session, text: string) {
  const id = crypto.randomUUID();
  expect(await ensureConversation(database.db, owner.user.id, id, text)).toBe(true);
  await saveMessages(database.db, owner.user.id, id, [
    { id: `u-${id}`, role: "user", parts: [{ type: "text", text }] },
  ]);
  return id;
}

describe("conversations", () => {
  it("lists the user's conversations, most recently active first, titled from the first message", async () => {
    const first = await startConversation(session, "  Plan   the\nweek  ");
    const second = await startConversation(session, "x".repeat(300));
    await startConversation(await createSignedInUser(database.db), "someone else's");

    const list = await api.conversation.list();
    expect(list.map((c) => c.id)).toEqual([second, first]);
    expect(list[1]?.title).toBe("Plan the week");
    expect(list[0]?.title.length).toBeLessThanOrEqual(120);

    // A new answer moves a conversation to the top.
    await saveMessages(database.db, session.user.id, first, [
      { id: `u-${first}`, role: "user", parts: [{ type: "text", text: "Plan the week" }] },
      { id: "a1", role: "assistant", parts: [{ type: "text", text: "Sure." }] },
    ]);
    expect((await api.conversation.list()).map((c) => c.id)).toEqual([first, second]);
  });

  it("returns a conversation with its messages in order; saving again updates in place", async () => {
    const id = await startConversation(session, "Hello");
    const messages = [
      { id: `u-${id}`, role: "user" as const, parts: [{ type: "text" as const, text: "Hello" }] },
      { id: "a1", role: "assistant" as const, parts: [{ type: "text" as const, text: "Hi!" }] },
      { id: "u2", role: "user" as const, parts: [{ type: "text" as const, text: "Bye" }] },
    ];
    await saveMessages(database.db, session.user.id, id, messages);
    await saveMessages(database.db, session.user.id, id, messages);

    const found = await api.conversation.byId({ id });
    expect(found).toMatchObject({ id, title: "Hello" });
    expect(found.messages).toEqual(messages);
  });

  it("renames and deletes (messages go with it)", async () => {
    const id = await startConversation(session, "Hello");
    expect(await api.conversation.rename({ id, title: "  Greetings " })).toMatchObject({ id, title: "Greetings" });
    expect(await api.conversation.delete({ id })).toEqual({ id });
    expect(await api.conversation.list()).toEqual([]);
    expect(await codeOf(api.conversation.byId({ id }))).toBe("NOT_FOUND");
  });

  it("does not take over another user's conversation id", async () => {
    const owner = await createSignedInUser(database.db);
    const theirs = await startConversation(owner, "private");

    expect(await ensureConversation(database.db, session.user.id, theirs, "mine now")).toBe(false);
    await saveMessages(database.db, session.user.id, theirs, []);

    const ownerApi = callerFor(database.db, owner);
    expect(await ownerApi.conversation.byId({ id: theirs })).toMatchObject({
      title: "private",
      messages: [{ id: `u-${theirs}` }],
    });
    // One at a time: a call started early would reject while an earlier one is awaited (unhandled).
    for (const call of [
      () => api.conversation.byId({ id: theirs }),
      () => api.conversation.rename({ id: theirs, title: "pwned" }),
      () => api.conversation.delete({ id: theirs }),
    ]) {
      expect(await codeOf(call())).toBe("NOT_FOUND");
    }
    expect(await ownerApi.conversation.byId({ id: theirs })).toMatchObject({ title: "private" });
  });

  it("saves a turn against the history it read: appends after others, refuses a stale rewrite", async () => {
    const id = await startConversation(session, "Hello");
    const base = (await api.conversation.byId({ id })).messages;
    const say = (messageId: string, text: string) => ({
      id: messageId,
      role: "user" as const,
      parts: [{ type: "text" as const, text }],
    });

    // Two turns from the same history: both kept, in the order they were saved, the history untouched.
    expect(await saveMessages(database.db, session.user.id, id, [...base, say("tab-a", "A")], base)).toBe("saved");
    expect(await saveMessages(database.db, session.user.id, id, [...base, say("tab-b", "B")], base)).toBe("saved");
    const both = (await api.conversation.byId({ id })).messages;
    expect(both.map((m) => m.id)).toEqual([`u-${id}`, "tab-a", "tab-b"]);

    // The same new message saved twice: the second is refused.
    expect(await saveMessages(database.db, session.user.id, id, [say("tab-a", "A")], base)).toBe("conflict");
    // A rewrite of a message another save changed first is refused, and nothing of that save is kept.
    const first = { ...say("tab-a", "A"), parts: [{ type: "text" as const, text: "A, edited" }] };
    expect(await saveMessages(database.db, session.user.id, id, [first], both)).toBe("saved");
    const stale = [{ ...first, parts: [{ type: "text" as const, text: "A, stale" }] }, say("late", "late")];
    expect(await saveMessages(database.db, session.user.id, id, stale, both)).toBe("conflict");
    expect((await api.conversation.byId({ id })).messages.map((m) => [m.id, m.parts])).toEqual([
      [`u-${id}`, [{ type: "text", text: "Hello" }]],
      ["tab-a", [{ type: "text", text: "A, edited" }]],
      ["tab-b", [{ type: "text", text: "B" }]],
    ]);

    // Deleted meanwhile: nothing to save to.
    await api.conversation.delete({ id });
    expect(await saveMessages(database.db, session.user.id, id, [say("after", "x")], [])).toBe("gone");
  });
});
