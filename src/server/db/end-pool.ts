/** The part of a pg (or Neon) pool that closing it needs. */
export interface ClosablePool {
  readonly totalCount: number;
  on(event: "remove", listener: () => void): unknown;
  end(): Promise<void>;
}

/**
 * Ends a pool and waits until its connections are closed: `pool.end()` resolves once no client is
 * checked out, while the sockets may still be open, so a database dropped right after would see them.
 */
export async function endPool(pool: ClosablePool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on("remove", () => {
      open -= 1;
      if (open === 0) resolve();
    });
  });
  await pool.end();
  await closed;
}
