import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/server/db";
import { oauthClient, oauthConsent } from "@/server/db/schema";

/** The name an OAuth client registered with (shown on the consent page); null when unknown. */
export async function oauthClientName(db: Database, clientId: string): Promise<string | null> {
  const [found] = await db
    .select({ name: oauthClient.name, clientId: oauthClient.clientId })
    .from(oauthClient)
    .where(eq(oauthClient.clientId, clientId));
  if (!found) return null;
  return found.name ?? found.clientId;
}

/** The apps the user has allowed (one consent per app), newest first. */
export function connectedApps(db: Database, userId: string) {
  return db
    .select({
      id: oauthConsent.id,
      clientId: oauthConsent.clientId,
      name: oauthClient.name,
      scopes: oauthConsent.scopes,
      createdAt: oauthConsent.createdAt,
    })
    .from(oauthConsent)
    .innerJoin(oauthClient, eq(oauthClient.clientId, oauthConsent.clientId))
    .where(eq(oauthConsent.userId, userId))
    .orderBy(desc(oauthConsent.createdAt));
}

/** Whether the user has allowed this app (it is one of their connected apps). */
export async function hasConnected(db: Database, userId: string, clientId: string): Promise<boolean> {
  const [found] = await db
    .select({ id: oauthConsent.id })
    .from(oauthConsent)
    .where(and(eq(oauthConsent.userId, userId), eq(oauthConsent.clientId, clientId)))
    .limit(1);
  return found !== undefined;
}
