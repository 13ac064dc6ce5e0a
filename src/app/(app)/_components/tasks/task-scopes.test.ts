import { onlineManager, QueryClient, QueryObserver } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { afterEach, describe, expect, it } from "vitest";
import {
  CREATE_SCOPE,
  isLastTaskChange,
  isUnanswered,
  readBackAfterTaskChanges,
  retryWhileOffline,
  startMutation,
  taskScope,
} from "./task-scopes";

/** A promise and the function that settles it, to decide in the test when a "request" is answered. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const noAnswer = () => new TRPCClientError("Failed to fetch");
const refused = () =>
  new TRPCClientError("refused", {
    result: { error: { message: "refused", code: -32600, data: { code: "FORBIDDEN" } } },
  });

afterEach(() => onlineManager.setOnline(true));

describe("task mutation scopes", () => {
  it("applies each change at once, and sends a task's changes one after another in order", async () => {
    const client = new QueryClient();
    const log: string[] = [];
    const first = deferred<string>();
    const change = (name: string, answer: Promise<string>) =>
      startMutation(
        client,
        {
          mutationKey: ["task", "update"],
          scope: taskScope("a"),
          onMutate: () => void log.push(`apply ${name}`),
          mutationFn: () => {
            log.push(`send ${name}`);
            return answer;
          },
          onSuccess: (result) => void log.push(`answered ${result}`),
        },
        undefined,
      );

    const one = change("one", first.promise);
    const two = change("two", Promise.resolve("two"));
    expect(log).toEqual(["apply one", "apply two"]);
    await tick();
    expect(log).toEqual(["apply one", "apply two", "send one"]);

    first.resolve("one");
    await expect(one).resolves.toBe("one");
    await expect(two).resolves.toBe("two");
    expect(log).toEqual(["apply one", "apply two", "send one", "answered one", "send two", "answered two"]);
  });

  it("runs changes of different tasks side by side", async () => {
    const client = new QueryClient();
    const sent: string[] = [];
    const never = deferred<string>();
    for (const id of ["a", "b"]) {
      void startMutation(
        client,
        {
          mutationKey: ["task", "update"],
          scope: taskScope(id),
          mutationFn: () => {
            sent.push(id);
            return never.promise;
          },
        },
        undefined,
      );
    }
    await tick();
    expect(sent).toEqual(["a", "b"]);
  });

  it("goes on with the next change after a failure, which its onError handles; the failure resolves undefined", async () => {
    const client = new QueryClient();
    const errors: unknown[] = [];
    const failing = startMutation(
      client,
      {
        mutationKey: ["task", "create"],
        scope: CREATE_SCOPE,
        mutationFn: () => Promise.reject(new Error("offline")),
        onError: (error) => void errors.push(error),
      },
      undefined,
    );
    const next = startMutation(
      client,
      { mutationKey: ["task", "create"], scope: CREATE_SCOPE, mutationFn: () => Promise.resolve("saved") },
      undefined,
    );
    await expect(failing).resolves.toBeUndefined();
    await expect(next).resolves.toBe("saved");
    expect(errors).toEqual([new Error("offline")]);
  });

  it("sends even when the browser says it is offline (it can be wrong): an answer is taken as usual", async () => {
    const client = new QueryClient();
    onlineManager.setOnline(false);
    const answer = startMutation(
      client,
      { mutationKey: ["task", "create"], scope: CREATE_SCOPE, mutationFn: () => Promise.resolve("sent") },
      undefined,
    );
    await expect(answer).resolves.toBe("sent");
  });

  it("holds changes that got no answer while offline, and sends them again in order once back online", async () => {
    const client = new QueryClient();
    client.mount();
    onlineManager.setOnline(false);
    const sent: string[] = [];
    const errors: unknown[] = [];
    const create = (title: string) =>
      startMutation(
        client,
        {
          mutationKey: ["task", "create"],
          scope: CREATE_SCOPE,
          retryDelay: 0,
          mutationFn: () => {
            sent.push(title);
            return onlineManager.isOnline() ? Promise.resolve(title) : Promise.reject(noAnswer());
          },
          onError: (error) => void errors.push(error),
        },
        undefined,
      );
    const first = create("first");
    const second = create("second");
    await tick();
    await tick();
    expect(sent).toEqual(["first"]);
    expect(
      client
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state.isPaused),
    ).toEqual([true, true]);

    onlineManager.setOnline(true);
    await expect(first).resolves.toBe("first");
    await expect(second).resolves.toBe("second");
    expect(sent).toEqual(["first", "first", "second"]);
    expect(errors).toEqual([]);
    client.unmount();
  });

  it("reports a refusal at once, offline or not, and a lost answer while online", async () => {
    const client = new QueryClient();
    const fail = (error: Error) =>
      startMutation(
        client,
        { mutationKey: ["task", "create"], scope: CREATE_SCOPE, mutationFn: () => Promise.reject(error) },
        undefined,
      );
    await expect(fail(noAnswer())).resolves.toBeUndefined();
    onlineManager.setOnline(false);
    await expect(fail(refused())).resolves.toBeUndefined();
  });
});

describe("retryWhileOffline", () => {
  it("tells a request that got no answer from one the server refused", () => {
    expect(isUnanswered(noAnswer())).toBe(true);
    expect(isUnanswered(new TypeError("Failed to fetch"))).toBe(true);
    expect(isUnanswered(refused())).toBe(false);
    expect(isUnanswered(new Error("bug"))).toBe(false);
  });

  it("retries only an unanswered request, and only while offline", () => {
    expect(retryWhileOffline(0, noAnswer())).toBe(false);
    onlineManager.setOnline(false);
    expect(retryWhileOffline(5, noAnswer())).toBe(true);
    expect(retryWhileOffline(0, refused())).toBe(false);
  });
});

describe("isLastTaskChange", () => {
  it("is true only for the last unanswered task change of a burst, whichever task it changes", async () => {
    const client = new QueryClient();
    const lastWhenSettled: Record<string, boolean> = {};
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const change = (id: "a" | "b") =>
      startMutation(
        client,
        {
          mutationKey: ["task", "update"],
          scope: taskScope(id),
          mutationFn: () => answers[id].promise,
          onSettled: () => {
            lastWhenSettled[id] = isLastTaskChange(client);
          },
        },
        undefined,
      );
    const a = change("a");
    const b = change("b");
    answers.a.resolve("a");
    await a;
    expect(lastWhenSettled).toEqual({ a: false });
    answers.b.reject(refused());
    await b;
    expect(lastWhenSettled).toEqual({ a: false, b: true });
  });
});

describe("readBackAfterTaskChanges", () => {
  /** A list on screen (an observed query) and how many times it has been read. */
  async function listOnScreen(client: QueryClient) {
    let reads = 0;
    const observer = new QueryObserver(client, {
      queryKey: ["lists", "inbox"],
      queryFn: async () => ++reads,
      staleTime: Number.POSITIVE_INFINITY,
    });
    const stop = observer.subscribe(() => {});
    await tick();
    return { reads: () => reads, stale: () => observer.getCurrentResult().isStale, stop };
  }

  const heldChange = (client: QueryClient, id: string, answer: Promise<string>, onSettled?: () => unknown) =>
    startMutation(
      client,
      { mutationKey: ["task", "update"], scope: taskScope(id), mutationFn: () => answer, onSettled },
      undefined,
    );

  it("reads the lists on screen back at once when no task change is unanswered", async () => {
    const client = new QueryClient();
    const list = await listOnScreen(client);
    await readBackAfterTaskChanges(client, ["lists"]);
    expect(list.reads()).toBe(2);
    list.stop();
  });

  it("while a task change is unanswered marks them stale, and reads them once every change is answered", async () => {
    const client = new QueryClient();
    const list = await listOnScreen(client);
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const a = heldChange(client, "a", answers.a.promise);
    const b = heldChange(client, "b", answers.b.promise);
    await tick();
    // A section deleted meanwhile: a read now would land over the two changes shown.
    await readBackAfterTaskChanges(client, ["lists"]);
    expect(list.stale()).toBe(true);
    answers.a.resolve("a");
    await a;
    await tick();
    expect(list.reads()).toBe(1);
    answers.b.resolve("b");
    await b;
    await tick();
    expect(list.reads()).toBe(2);
    expect(list.stale()).toBe(false);
    list.stop();
  });

  it("asked by a task change as it settles, counts that change as its own", async () => {
    const client = new QueryClient();
    const list = await listOnScreen(client);
    const answer = deferred<string>();
    const own = heldChange(client, "a", answer.promise, () => readBackAfterTaskChanges(client, ["lists"], true));
    answer.resolve("a");
    await own;
    expect(list.reads()).toBe(2);
    list.stop();
  });

  it("counts only task changes", async () => {
    const client = new QueryClient();
    const list = await listOnScreen(client);
    const answer = deferred<string>();
    const section = startMutation(
      client,
      { mutationKey: ["section", "delete"], scope: { id: "section" }, mutationFn: () => answer.promise },
      undefined,
    );
    await tick();
    await readBackAfterTaskChanges(client, ["lists"]);
    expect(list.reads()).toBe(2);
    answer.resolve("deleted");
    await section;
    list.stop();
  });
});
