import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { DECLINED_BY_NEW_MESSAGE, NOT_CARRIED_OUT } from "@/lib/unanswered-tool-calls";
import { CONCURRENT_TURN_MESSAGE } from "@/server/ai/chat";
import { applyApprovals, historyForTurn } from "@/server/ai/history";
import { scriptedModel } from "@/server/ai/scripted-model";
import { loadMessages } from "@/server/modules/conversations/queries";
import { saveMessages } from "@/server/modules/conversations/store";
import { createSignedInUser } from "~tests/factories/users";
import { assistantTurns, pendingApproval, textOf, toolParts } from "~tests/setup/assistant-turns";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();
const { prepare, answer, turn, newChat } = assistantTurns(database);

describe("the assistant with the scripted model", () => {
  it("adds a task, asks before deleting it, and deletes it once approved", async () => {
    const { session, api, conversationId } = await newChat();

    const added = await turn(session, conversationId, { text: "add a task Buy milk" });
    expect(added.stream).toContain("add_task");
    expect(textOf(added.last)).toBe("Added “Buy milk” to your Inbox.");
    const [task] = (await api.task.list({})).items;
    expect(task).toMatchObject({ title: "Buy milk", projectId: null });

    const asked = await turn(session, conversationId, { text: "delete it" });
    const [request] = toolParts(asked.last);
    expect(request).toMatchObject({
      type: "tool-delete_task",
      state: "approval-requested",
      input: { task_id: task?.id },
    });
    // Nothing deleted yet.
    expect((await api.task.list({})).items.map((t) => t.title)).toEqual(["Buy milk"]);

    if (request?.state !== "approval-requested") throw new Error("no approval request");
    const approved = await turn(session, conversationId, {
      approvals: [{ approvalId: request.approval.id, approved: true }],
    });
    expect(toolParts(approved.last)[0]).toMatchObject({ state: "output-available" });
    expect(textOf(approved.last)).toContain("Deleted “Buy milk”");
    expect((await api.task.list({})).items).toEqual([]);
    // User, assistant, user, assistant (the approval continued the same assistant message).
    expect(approved.stored.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
  });

  it("keeps the task when the deletion is denied, and cannot be approved twice", async () => {
    const { session, api, conversationId } = await newChat();
    await turn(session, conversationId, { text: "add a task Water plants" });
    const asked = await turn(session, conversationId, { text: "delete Water plants" });
    const request = pendingApproval(asked.last);

    const denied = await turn(session, conversationId, {
      approvals: [{ approvalId: request.approval.id, approved: false }],
    });
    expect(toolParts(denied.last).at(-1)).toMatchObject({ state: "output-denied" });
    expect(textOf(denied.last)).toContain("left it as it was");
    expect((await api.task.list({})).items.map((t) => t.title)).toEqual(["Water plants"]);

    const stored = (await loadMessages(database.db, session.user.id, conversationId)) ?? [];
    expect(applyApprovals(stored, [{ approvalId: request.approval.id, approved: true }])).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it("completes a task found by its title", async () => {
    const { session, api, conversationId } = await newChat();
    await turn(session, conversationId, { text: "add a task Call mum" });

    const done = await turn(session, conversationId, { text: "complete Call mum" });
    expect(toolParts(done.last).map((part) => [part.type, part.state])).toEqual([
      ["tool-search_tasks", "output-available"],
      ["tool-complete_task", "output-available"],
    ]);
    expect(textOf(done.last)).toBe("Completed “Call mum”.");
    expect((await api.task.list({ status: "completed" })).items.map((t) => t.title)).toEqual(["Call mum"]);
  });

  it("does not continue, nor answer for, another user's conversation", async () => {
    const owner = await createSignedInUser(database.db);
    const stranger = await createSignedInUser(database.db);
    const conversationId = crypto.randomUUID();
    await turn(owner, conversationId, { text: "add a task Secret" });
    const asked = await turn(owner, conversationId, { text: "delete it" });
    const request = pendingApproval(asked.last);

    const message = { id: "x", role: "user" as const, parts: [{ type: "text" as const, text: "delete it" }] };
    expect(await historyForTurn(database.db, stranger.user.id, { conversationId, message })).toMatchObject({
      ok: false,
      status: 404,
    });
    const approvals = [{ approvalId: request.approval.id, approved: true }];
    expect(await historyForTurn(database.db, stranger.user.id, { conversationId, approvals })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await loadMessages(database.db, owner.user.id, conversationId)).toEqual(asked.stored);
  });

  it("keeps both turns sent at once on one conversation (two tabs): neither overwrites the other", async () => {
    const { session, api, conversationId } = await newChat();
    await turn(session, conversationId, { text: "add a task First" });

    // Both tabs read the same history before either saves.
    const tabA = await prepare(session, conversationId, { text: "add a task From tab A" });
    const tabB = await prepare(session, conversationId, { text: "add a task From tab B" });
    const [answerA, answerB] = await Promise.all([
      answer(session, conversationId, tabA),
      answer(session, conversationId, tabB),
    ]);
    expect([answerA.status, answerB.status]).toEqual([200, 200]);
    await Promise.all([answerA.text(), answerB.text()]);

    const stored = (await loadMessages(database.db, session.user.id, conversationId)) ?? [];
    const texts = stored.map((message) => `${message.role}: ${textOf(message)}`);
    expect(texts.slice(0, 2)).toEqual(["user: add a task First", "assistant: Added “First” to your Inbox."]);
    expect(texts.slice(2).sort()).toEqual([
      "assistant: Added “From tab A” to your Inbox.",
      "assistant: Added “From tab B” to your Inbox.",
      "user: add a task From tab A",
      "user: add a task From tab B",
    ]);
    // Each answer comes after its own question.
    for (const tab of ["A", "B"]) {
      const asked = texts.indexOf(`user: add a task From tab ${tab}`);
      expect(texts.indexOf(`assistant: Added “From tab ${tab}” to your Inbox.`)).toBeGreaterThan(asked);
    }
    expect((await api.task.list({})).items.map((t) => t.title).sort()).toEqual(["First", "From tab A", "From tab B"]);
  });

  it("refuses (409) a second answer to the same confirmation sent at once, and deletes once", async () => {
    const { session, conversationId } = await newChat();
    await turn(session, conversationId, { text: "add a task Old plans" });
    const asked = await turn(session, conversationId, { text: "delete it" });
    const request = pendingApproval(asked.last);

    const approve = { approvals: [{ approvalId: request.approval.id, approved: true }] };
    const deny = { approvals: [{ approvalId: request.approval.id, approved: false }] };
    const tabA = await prepare(session, conversationId, approve);
    const tabB = await prepare(session, conversationId, deny);
    const first = await answer(session, conversationId, tabA);
    expect(first.status).toBe(200);
    await first.text();
    const second = await answer(session, conversationId, tabB);
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ error: { message: CONCURRENT_TURN_MESSAGE } });

    const stored = (await loadMessages(database.db, session.user.id, conversationId)) ?? [];
    expect(stored.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(toolParts(stored.at(-1))).toEqual([expect.objectContaining({ state: "output-available" })]);
    expect(textOf(stored.at(-1))).toContain("Deleted “Old plans”");
  });

  it("takes a new message sent instead of a confirmation as declining it, and goes on", async () => {
    const { session, api, conversationId } = await newChat();
    await turn(session, conversationId, { text: "add a task Pay rent" });
    const asked = await turn(session, conversationId, { text: "delete it" });
    const request = pendingApproval(asked.last);

    const model = scriptedModel();
    const instead = await turn(session, conversationId, { text: "add a task Buy stamps" }, model);
    expect(textOf(instead.last)).toBe("Added “Buy stamps” to your Inbox.");
    // The model was told the deletion was declined: the call has its (denied) result.
    const prompt = model.doStreamCalls[0]?.prompt ?? [];
    const results = prompt.flatMap((message) => (message.role === "tool" ? message.content : []));
    expect(results).toContainEqual(
      expect.objectContaining({
        type: "tool-result",
        toolCallId: request.toolCallId,
        output: { type: "error-text", value: DECLINED_BY_NEW_MESSAGE },
      }),
    );
    // Stored as the SDK stores a denied confirmation; nothing deleted.
    const declined = instead.stored.find((message) => message.id === asked.last?.id);
    expect(toolParts(declined)).toEqual([
      expect.objectContaining({
        state: "output-denied",
        approval: { id: request.approval.id, approved: false, reason: DECLINED_BY_NEW_MESSAGE },
      }),
    ]);
    expect(instead.stored.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant", "user", "assistant"]);
    expect((await api.task.list({})).items.map((t) => t.title).sort()).toEqual(["Buy stamps", "Pay rent"]);
    // The declined confirmation can no longer be answered.
    expect(applyApprovals(instead.stored, [{ approvalId: request.approval.id, approved: true }])).toMatchObject({
      ok: false,
      status: 409,
    });

    const next = await turn(session, conversationId, { text: "complete Pay rent" });
    expect(textOf(next.last)).toBe("Completed “Pay rent”.");
    expect((await api.task.list({})).items.map((t) => t.title)).toEqual(["Buy stamps"]);
  });

  it("continues a conversation stored with a tool call left without its outcome", async () => {
    const { session, api, conversationId } = await newChat();
    await turn(session, conversationId, { text: "add a task Old task" });
    const asked = await turn(session, conversationId, { text: "delete it" });
    const request = pendingApproval(asked.last);
    // As the bug stored it: a new message after the unanswered confirmation, and no answer to it.
    const stranded: UIMessage = { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text: "hello?" }] };
    expect(await saveMessages(database.db, session.user.id, conversationId, [...asked.stored, stranded])).toBe("saved");
    // And an answer cut off while a tool ran.
    const cutOff: UIMessage = {
      id: crypto.randomUUID(),
      role: "assistant",
      parts: [
        { type: "step-start" },
        { type: "tool-add_task", toolCallId: "call-cut-off", state: "input-available", input: { title: "Half" } },
      ],
    };
    const again: UIMessage = { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text: "still there?" }] };
    await saveMessages(database.db, session.user.id, conversationId, [cutOff, again]);

    const resumed = await turn(session, conversationId, { text: "add a task New task" });
    expect(textOf(resumed.last)).toBe("Added “New task” to your Inbox.");
    const byId = new Map(resumed.stored.map((message) => [message.id, message]));
    expect(toolParts(byId.get(asked.last?.id ?? ""))).toEqual([
      expect.objectContaining({
        state: "output-denied",
        approval: expect.objectContaining({ id: request.approval.id }),
      }),
    ]);
    expect(toolParts(byId.get(cutOff.id))).toEqual([
      expect.objectContaining({ state: "output-error", errorText: NOT_CARRIED_OUT }),
    ]);
    expect((await api.task.list({})).items.map((t) => t.title).sort()).toEqual(["New task", "Old task"]);

    const next = await turn(session, conversationId, { text: "complete New task" });
    expect(textOf(next.last)).toBe("Completed “New task”.");
  });
});
