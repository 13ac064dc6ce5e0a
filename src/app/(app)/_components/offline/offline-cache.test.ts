import { onlineManager, QueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { afterEach, describe, expect, it } from "vitest";
import { createTaskInput } from "@/lib/schemas/task";
import { makeQueryClient } from "@/trpc/query-client";
import { CREATE_SCOPE, startMutation, TASK_CHANGE_NETWORK } from "../tasks/task-scopes";
import {
  isOfflineCacheKey,
  OFFLINE_CACHE_VERSION,
  offlineCacheKey,
  parseOfflineCache,
  type QueuedCreate,
  queuedCreateOf,
  restoreLists,
  restoreQueuedCreates,
  snapshotOfflineCache,
  TASK_CREATE_KEY,
} from "./offline-cache";

const LIST_KEY = [["task", "list"], { input: {}, type: "infinite" }];
const ids = ["0b6a2c52-8a1e-4f0e-9a57-2d1c3f4e5a61", "1c7b3d63-9b2f-4a1f-8b68-3e2d4a5f6b72"] as const;

afterEach(() => onlineManager.setOnline(true));

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What a load does with a copy (offline: the lists, and in any case the queued creates). */
function restoreOfflineCache(client: QueryClient, text: string) {
  const state = parseOfflineCache(text);
  if (!state) return [];
  restoreLists(client, state);
  return restoreQueuedCreates(client, state, createTaskInput);
}

/** A page that queued `titles` while offline (each create got no answer), then was left. */
async function pageThatQueued(titles: { id: string; title: string }[]) {
  const client = makeQueryClient();
  client.setQueryData(LIST_KEY, { pages: [{ items: titles, nextCursor: null }], pageParams: [null] });
  onlineManager.setOnline(false);
  for (const input of titles)
    void startMutation(
      client,
      {
        mutationKey: [...TASK_CREATE_KEY],
        scope: CREATE_SCOPE,
        retryDelay: 0,
        onMutate: () => ({ seen: new Date(0) }),
        mutationFn: () => Promise.reject(new TRPCClientError("Failed to fetch")),
      },
      input,
    );
  await tick();
  return client;
}

/** The next page's client, with the create defaults a reload sets (the request is `send`). */
function nextPage(send: (input: QueuedCreate) => Promise<unknown>) {
  const client = makeQueryClient();
  client.setMutationDefaults([...TASK_CREATE_KEY], { ...TASK_CHANGE_NETWORK, mutationFn: send });
  return client;
}

describe("the offline copy", () => {
  it("is kept per user, under a versioned key that signing out finds", () => {
    expect(offlineCacheKey("user-a")).not.toBe(offlineCacheKey("user-b"));
    expect(offlineCacheKey("user-a")).toContain(`v${OFFLINE_CACHE_VERSION}`);
    expect(isOfflineCacheKey(offlineCacheKey("user-a"))).toBe(true);
    expect(isOfflineCacheKey("theme")).toBe(false);
  });

  it("brings back the lists and the queued creates, which are sent in the order they were made", async () => {
    const queued = [
      { id: ids[0], title: "First" },
      { id: ids[1], title: "Second" },
    ];
    const text = snapshotOfflineCache(await pageThatQueued(queued));

    const sent: string[] = [];
    const client = nextPage(async (input) => {
      sent.push(input.title);
      return input;
    });
    const restored = restoreOfflineCache(client, text);
    expect(restored).toEqual(queued);
    expect(client.getQueryData(LIST_KEY)).toEqual({ pages: [{ items: queued, nextCursor: null }], pageParams: [null] });
    expect(
      client
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state.isPaused),
    ).toEqual([true, true]);

    onlineManager.setOnline(true);
    await client.resumePausedMutations();
    expect(sent).toEqual(["First", "Second"]);
    expect(
      client
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state.status),
    ).toEqual(["success", "success"]);
  });

  it("keeps a queued create's scope, and the dates of what it remembered", async () => {
    const text = snapshotOfflineCache(await pageThatQueued([{ id: ids[0], title: "Dated" }]));
    const client = nextPage(async (input) => input);
    restoreOfflineCache(client, text);
    const [mutation] = client.getMutationCache().getAll();
    expect(mutation?.options.scope).toEqual(CREATE_SCOPE);
    expect(mutation?.state.context).toEqual({ seen: new Date(0) });
  });

  it("keeps the lists, not a task's details (a form opened on an old copy would edit it)", async () => {
    const client = await pageThatQueued([]);
    const details = [["task", "byId"], { input: { id: ids[0] }, type: "query" }];
    const sidebar = [["sidebar", "get"], { type: "query" }];
    client.setQueryData(details, { id: ids[0], title: "Details" });
    client.setQueryData(sidebar, { labels: [{ id: ids[1], name: "home" }], inboxCount: 3 });
    const restored = makeQueryClient();
    restoreOfflineCache(restored, snapshotOfflineCache(client));
    expect(restored.getQueryData(details)).toBeUndefined();
    expect(restored.getQueryData(sidebar)).toEqual({ labels: [{ id: ids[1], name: "home" }], inboxCount: 3 });
    expect(restored.getQueryData(LIST_KEY)).toBeDefined();
  });

  it("leaves a newer list alone: what the page just brought wins over an older copy", async () => {
    const text = snapshotOfflineCache(await pageThatQueued([{ id: ids[0], title: "Old copy" }]));
    const client = nextPage(async (input) => input);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const fresh = {
      pages: [{ items: [{ id: ids[1], title: "From the server" }], nextCursor: null }],
      pageParams: [null],
    };
    client.setQueryData(LIST_KEY, fresh);
    restoreOfflineCache(client, text);
    expect(client.getQueryData(LIST_KEY)).toEqual(fresh);
  });

  it("does not restore a create twice into the same page", async () => {
    const text = snapshotOfflineCache(await pageThatQueued([{ id: ids[0], title: "Once" }]));
    const client = nextPage(async (input) => input);
    expect(restoreOfflineCache(client, text)).toHaveLength(1);
    expect(restoreOfflineCache(client, text)).toEqual([]);
    expect(client.getMutationCache().getAll()).toHaveLength(1);
  });

  it("keeps only creates that can be sent again: not a settled one, nor one without its input", async () => {
    const client = await pageThatQueued([]);
    void startMutation(
      client,
      {
        mutationKey: [...TASK_CREATE_KEY],
        scope: CREATE_SCOPE,
        retryDelay: 0,
        mutationFn: () => Promise.reject(new TRPCClientError("Failed to fetch")),
      },
      undefined,
    );
    await startMutation(
      client,
      { mutationKey: [...TASK_CREATE_KEY], scope: { id: "other" }, mutationFn: () => Promise.resolve("saved") },
      { id: ids[0], title: "Saved" },
    );
    await tick();
    expect(restoreOfflineCache(new QueryClient(), snapshotOfflineCache(client))).toEqual([]);
  });

  it("reads nothing from another version or from text that is not a copy", async () => {
    const text = snapshotOfflineCache(await pageThatQueued([{ id: ids[0], title: "Old shape" }]));
    expect(parseOfflineCache(text)).toBeDefined();
    const outdated = text.replace(`"version":${OFFLINE_CACHE_VERSION}`, `"version":${OFFLINE_CACHE_VERSION + 1}`);
    expect(outdated).not.toBe(text);
    for (const kept of [outdated, "not json", "{}", ""]) expect(parseOfflineCache(kept)).toBeUndefined();
  });

  it("puts back the queued creates without the lists (a page loaded online has fresher ones)", async () => {
    const text = snapshotOfflineCache(await pageThatQueued([{ id: ids[0], title: "Queued" }]));
    const client = nextPage(async (input) => input);
    const state = parseOfflineCache(text);
    if (!state) throw new Error("unreadable copy");
    expect(restoreQueuedCreates(client, state, createTaskInput)).toEqual([{ id: ids[0], title: "Queued" }]);
    expect(client.getQueryCache().getAll()).toEqual([]);
  });

  it("reads a kept create's input as the server would: a bad one is dropped", () => {
    expect(queuedCreateOf({ id: ids[0], title: "Fine" }, createTaskInput)).toEqual({ id: ids[0], title: "Fine" });
    expect(queuedCreateOf({ title: "No id" }, createTaskInput)).toBeUndefined();
    expect(queuedCreateOf({ id: ids[0], title: "" }, createTaskInput)).toBeUndefined();
    expect(queuedCreateOf({ id: ids[0], title: "Extra", admin: true }, createTaskInput)).toBeUndefined();
  });
});
