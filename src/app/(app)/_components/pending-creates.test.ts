import { describe, expect, it } from "vitest";
import { pendingCreates, whenSaved } from "./pending-creates";

describe("pending creates", () => {
  it("answers at once for an item that is not pending", async () => {
    await expect(whenSaved("never-added")).resolves.toBe(true);
  });

  it("waits for the create's answer: saved", async () => {
    pendingCreates.add("project-1");
    let answered: boolean | undefined;
    const waiting = whenSaved("project-1").then((saved) => {
      answered = saved;
    });
    await Promise.resolve();
    expect(answered).toBeUndefined();
    pendingCreates.remove("project-1");
    await waiting;
    expect(answered).toBe(true);
  });

  it("tells every waiter when the server refused the create", async () => {
    pendingCreates.add("label-1");
    const first = whenSaved("label-1");
    const second = whenSaved("label-1");
    pendingCreates.remove("label-1", false);
    await expect(Promise.all([first, second])).resolves.toEqual([false, false]);
    await expect(whenSaved("label-1")).resolves.toBe(true);
  });
});
