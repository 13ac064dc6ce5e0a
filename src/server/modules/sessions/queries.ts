import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import type { Database } from "@/server/db";
import { session } from "@/server/db/schema";

/** The user's live sessions, most recently active first, the one making the request marked `current`. */
export async function listSessions(db: Database, userId: string, currentSessionId: string | null) {
  const rows = await db
    .select({
      id: session.id,
      userAgent: session.userAgent,
      ipAddress: session.ipAddress,
      createdAt: session.createdAt,
      lastActiveAt: session.updatedAt,
      expiresAt: session.expiresAt,
    })
    .from(session)
    .where(and(eq(session.userId, userId), gt(session.expiresAt, new Date())))
    .orderBy(desc(session.updatedAt));
  return rows.map((row) => ({ ...row, current: row.id === currentSessionId }));
}
