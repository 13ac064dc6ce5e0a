import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod/mini";
import type { createShareLinkInput } from "@/lib/schemas/members";
import { requireProjectAccess } from "@/server/access/project-access";
import { baseURL } from "@/server/auth/urls";
import type { Database } from "@/server/db";
import { projectShareLink } from "@/server/db/schema";
import { notFound } from "@/server/domain-errors";
import { addMember } from "./membership";
import { generateLinkToken, hashLinkToken } from "./tokens";

// A project's share link: only its hash is stored, so the link itself is shown once, when it is made
// (like an API token); making a new one replaces it.

export const shareLinkUrl = (token: string) => `${baseURL}/join/${token}`;

export const SHARE_LINK_GONE_MESSAGE = "This link was turned off or never existed: ask for a new one.";

/** The project's share link, without its token (it is not kept), or null when there is none. */
export async function currentShareLink(db: Database, userId: string, projectId: string) {
  await requireProjectAccess(db, userId, projectId, "manage");
  const [link] = await db
    .select({ role: projectShareLink.role, createdAt: projectShareLink.createdAt })
    .from(projectShareLink)
    .where(eq(projectShareLink.projectId, projectId));
  return link ?? null;
}

/** A new share link with `role`, replacing any: the old one stops working. Its URL is returned only now. */
export function createShareLink(db: Database, userId: string, input: z.output<typeof createShareLinkInput>) {
  const { token, tokenHash } = generateLinkToken();
  return db.transaction(async (tx) => {
    await requireProjectAccess(tx, userId, input.projectId, "manage");
    const fresh = { role: input.role, tokenHash, createdBy: userId };
    const [saved] = await tx
      .insert(projectShareLink)
      .values({ projectId: input.projectId, ...fresh })
      .onConflictDoUpdate({ target: projectShareLink.projectId, set: fresh })
      .returning({ role: projectShareLink.role, createdAt: projectShareLink.createdAt });
    if (!saved) throw new Error("The share link was not saved.");
    return { ...saved, url: shareLinkUrl(token) };
  });
}

/** Turns the share link off. */
export async function disableShareLink(db: Database, userId: string, projectId: string) {
  await db.transaction(async (tx) => {
    await requireProjectAccess(tx, userId, projectId, "manage");
    await tx.delete(projectShareLink).where(eq(projectShareLink.projectId, projectId));
  });
  return { projectId };
}

/** Whoever opens a live share link signed in joins with its role; a member stays as they are. */
export function joinByShareLink(db: Database, userId: string, token: string) {
  return db.transaction(async (tx) => {
    const [link] = await tx
      .select({ projectId: projectShareLink.projectId, role: projectShareLink.role })
      .from(projectShareLink)
      .where(eq(projectShareLink.tokenHash, hashLinkToken(token)));
    if (!link) throw notFound({ message: SHARE_LINK_GONE_MESSAGE });
    await addMember(tx, userId, link.projectId, link.role);
    return { projectId: link.projectId };
  });
}
