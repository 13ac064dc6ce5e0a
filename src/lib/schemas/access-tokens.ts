import { z } from "zod/mini";

/**
 * Lifetimes offered for a personal access token. A year at most: a token someone else minted (a stolen
 * session, an account made with your address) must not stay valid forever.
 */
export const ACCESS_TOKEN_LIFETIMES_DAYS = [7, 30, 90, 365] as const;

export const ACCESS_TOKEN_NAME_MAX = 100;

export const createAccessTokenInput = z.strictObject({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "Name the token, e.g. after the script that uses it."),
      z.maxLength(ACCESS_TOKEN_NAME_MAX, `Use at most ${ACCESS_TOKEN_NAME_MAX} characters.`),
    ),
  expiresInDays: z.union(ACCESS_TOKEN_LIFETIMES_DAYS.map((days) => z.literal(days))),
});

export const accessTokenIdInput = z.strictObject({ id: z.uuid("That token does not exist.") });
