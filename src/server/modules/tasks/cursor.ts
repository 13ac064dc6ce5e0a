import "server-only";
import { z } from "zod";
import { type TaskSort, taskSorts } from "@/lib/schemas/task";
import { invalid } from "@/server/domain-errors";
import type { SortOrder } from "./sort-keys";

const cursorShape = z.object({
  sort: z.enum(taskSorts),
  key: z.array(z.union([z.string().max(2_000), z.number()])).max(5),
});

/** An opaque page cursor: the sort and the last row's sort key. */
export function encodeCursor(sort: TaskSort, key: unknown[]): string {
  return Buffer.from(JSON.stringify({ sort, key })).toString("base64url");
}

export function decodeCursor(cursor: string, sort: TaskSort, order: SortOrder): (string | number)[] {
  const invalidCursor = invalid("That page cursor is not valid; reload the list.");
  let parsed: z.infer<typeof cursorShape>;
  try {
    parsed = cursorShape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw invalidCursor;
  }
  if (parsed.sort !== sort || parsed.key.length !== order.keys.length) throw invalidCursor;
  return parsed.key;
}
