import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { endPool } from "./end-pool";

/** A pool like pg's: `end()` resolves at once, each connection reports "remove" when its socket closes. */
class FakePool extends EventEmitter {
  constructor(readonly totalCount: number) {
    super();
  }
  async end(): Promise<void> {}
  closeConnection(): void {
    this.emit("remove");
  }
}

const settled = async (promise: Promise<void>): Promise<boolean> => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe("endPool", () => {
  it("resolves only once every connection is closed, not when end() does", async () => {
    const pool = new FakePool(2);
    const ending = endPool(pool);

    expect(await settled(ending)).toBe(false);
    pool.closeConnection();
    expect(await settled(ending)).toBe(false);
    pool.closeConnection();
    expect(await settled(ending)).toBe(true);
  });

  it("resolves at once for a pool that never connected", async () => {
    expect(await settled(endPool(new FakePool(0)))).toBe(true);
  });
});
