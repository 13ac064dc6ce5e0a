import "server-only";
import { sql } from "drizzle-orm";
import { task } from "@/server/db/schema";

/** A new updated_at that is always later than the old one, even within the same millisecond. */
export const bumpUpdatedAt = sql`greatest(date_trunc('milliseconds', now()), ${task.updatedAt} + interval '1 millisecond')`;
