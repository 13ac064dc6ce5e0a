import "server-only";
import type { BetterAuthPlugin, GenericEndpointContext } from "better-auth";
import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { and, eq, lt, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { decodeJwt } from "jose";
import { type Database, db } from "@/server/db";
import {
  calendarFeed,
  oauthAccessToken,
  oauthConsent,
  oauthRefreshToken,
  personalAccessToken,
} from "@/server/db/schema";

/**
 * Deletes a user's API tokens, OAuth grants (consents, so the apps' JWTs stop at once, and their stored
 * access and refresh tokens) and calendar feeds (a secret address reads their tasks); with
 * `createdBefore`, only those created before it.
 */
export async function revokeCredentials(database: Database, userId: string, createdBefore?: Date): Promise<void> {
  const ofUser = (table: { userId: PgColumn; createdAt: PgColumn }) => {
    const conditions: SQL[] = [eq(table.userId, userId)];
    if (createdBefore) conditions.push(lt(table.createdAt, createdBefore));
    return and(...conditions);
  };
  await database.transaction(async (tx) => {
    await tx.delete(personalAccessToken).where(ofUser(personalAccessToken));
    await tx.delete(oauthConsent).where(ofUser(oauthConsent));
    await tx.delete(oauthAccessToken).where(ofUser(oauthAccessToken));
    await tx.delete(oauthRefreshToken).where(ofUser(oauthRefreshToken));
    await tx.delete(calendarFeed).where(ofUser(calendarFeed));
  });
}

/**
 * A password reset proves the mailbox, not the past: someone who signed up with the address first, or
 * took the account over, may hold tokens. They all go, as the sessions do (revokeSessionsOnPasswordReset).
 */
export async function revokeCredentialsOnPasswordReset({ user }: { user: { id: string } }): Promise<void> {
  await revokeCredentials(db, user.id);
}

/** Whether this user update is the first proof of the address: a sign-up's link, or a magic link to an unverified account. */
function isFirstVerification(updated: { emailVerified: boolean }, ctx: GenericEndpointContext | null): boolean {
  if (!updated.emailVerified) return false;
  if (ctx?.path === "/magic-link/verify") return true; // it updates an account only when it was unverified
  if (ctx?.path !== "/verify-email") return false;
  // The same endpoint confirms a change of address (the account already verified): its token says which.
  const token: unknown = ctx.query?.token;
  return typeof token === "string" && decodeJwt(token).requestType === undefined;
}

/**
 * Tokens minted before the address was proven may be a squatter's (anyone can sign up with any address
 * when verification is not required): the first verification removes them. Better Auth already removes
 * the sessions and password of an unverified account signed into by magic link.
 */
export async function revokeUnverifiedCredentials(
  updated: { id: string; emailVerified: boolean },
  ctx: GenericEndpointContext | null,
): Promise<void> {
  if (isFirstVerification(updated, ctx)) await revokeCredentials(db, updated.id, new Date());
}

/** After a password change, tokens made before it go (whoever changed it may be recovering the account). */
export const revokeCredentialsOnPasswordChange = () =>
  ({
    id: "revoke-credentials-on-password-change",
    hooks: {
      after: [
        {
          matcher: (ctx) => ctx.path === "/change-password",
          handler: createAuthMiddleware(async (ctx) => {
            const changedAt = new Date();
            const returned: unknown = ctx.context.returned;
            if (isAPIError(returned) || typeof returned !== "object" || returned === null) return;
            const changed: unknown = Reflect.get(returned, "user");
            const userId = typeof changed === "object" && changed !== null ? Reflect.get(changed, "id") : undefined;
            if (typeof userId === "string") await revokeCredentials(db, userId, changedAt);
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
