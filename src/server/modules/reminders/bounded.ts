import "server-only";

/**
 * Runs `work` on the items in order, at most `limit` at once, and starts none once `stop` has aborted
 * (those already running finish). Answers the items never started. `work` must not throw.
 */
export async function runBounded<Item>(
  items: readonly Item[],
  limit: number,
  stop: AbortSignal,
  work: (item: Item) => Promise<void>,
): Promise<Item[]> {
  const notStarted: Item[] = [];
  const queue = [...items];
  async function lane() {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      if (stop.aborted) notStarted.push(item);
      else await work(item);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return notStarted;
}
