import { isToolUIPart, type UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { streamAnswer } from "@/server/ai/chat";
import { applyApprovals, historyForTurn } from "@/server/ai/history";
import { scriptedModel } from "@/server/ai/scripted-model";
import type { Session } from "@/server/auth/auth";
import { identityFromSession } from "@/server/auth/identity";
import { loadMessages } from "@/server/modules/conversations/queries";
import { createInnerContext } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/root";
import { createSignedInUser } from "~tests/factories/users";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

/** One turn as the route runs it (without HTTP): the stored history, the change, the streamed answer. */
async function turn(
  session: Session,
  conversationId: string,
  change: { text: string } | { approvals: { approvalId: string; approved: boolean }[] },
) {
  const db = database.db;
  const ctx = createInnerContext({ db, identity: identityFromSession(session) });
  const history = await historyForTurn(
    db,
    session.user.id,
    "text" in change
      ? {
          conversationId,
          message: { id: crypto.randomUUID(), role: "user", parts: [{ type: "text", text: change.text }] },
        }
      : { conversationId, approvals: change.approvals },
  );
  if (!history.ok) throw new Error(history.message);
  const response = await streamAnswer({
    ctx,
    user: { id: session.user.id, name: session.user.name, timeZone: "UTC" },
    conversationId,
    model: scriptedModel(),
    messages: history.messages,
  });
  expect(response.status).toBe(200);
  const stream = await response.text();
  const stored = (await loadMessages(db, session.user.id, conversationId)) ?? [];
  return { stream, stored, last: stored.at(-1) };
}

const textOf = (message: UIMessage | undefined) =>
  (message?.parts ?? []).map((part) => (part.type === "text" ? part.text : "")).join("");
const toolParts = (message: UIMessage | undefined) => (message?.parts ?? []).filter(isToolUIPart);

describe("the assistant with the scripted model", () => {
  it("adds a task, asks before deleting it, and deletes it once approved", async () => {
    const session = await createSignedInUser(database.db);
    const api = createCaller(createInnerContext({ db: database.db, identity: identityFromSession(session) }));
    const conversationId = crypto.randomUUID();

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
    const session = await createSignedInUser(database.db);
    const api = createCaller(createInnerContext({ db: database.db, identity: identityFromSession(session) }));
    const conversationId = crypto.randomUUID();
    await turn(session, conversationId, { text: "add a task Water plants" });
    const asked = await turn(session, conversationId, { text: "delete Water plants" });
    const request = toolParts(asked.last).find((part) => part.state === "approval-requested");
    if (request?.state !== "approval-requested") throw new Error("no approval request");

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
    const session = await createSignedInUser(database.db);
    const api = createCaller(createInnerContext({ db: database.db, identity: identityFromSession(session) }));
    const conversationId = crypto.randomUUID();
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
    const request = toolParts(asked.last).find((part) => part.state === "approval-requested");
    if (request?.state !== "approval-requested") throw new Error("no approval request");

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
});
