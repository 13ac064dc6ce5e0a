import { onlineManager, QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { CREATE_SCOPE, startMutation, taskScope } from "./task-scopes";

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

  it("sends even when the browser says it is offline: a failure is reported, never left waiting", async () => {
    const client = new QueryClient();
    onlineManager.setOnline(false);
    try {
      const answer = startMutation(
        client,
        { mutationKey: ["task", "create"], scope: CREATE_SCOPE, mutationFn: () => Promise.resolve("sent") },
        undefined,
      );
      await expect(answer).resolves.toBe("sent");
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
