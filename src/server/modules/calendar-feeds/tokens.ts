import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { baseURL } from "@/server/auth/urls";

// A feed's secret, made and kept like a personal access token's (access-tokens/tokens.ts): 256 random
// bits behind a recognisable prefix, only its SHA-256 stored.

export const CALENDAR_FEED_TOKEN_PREFIX = "tlcal_";

export const hashFeedToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function generateFeedToken() {
  const token = `${CALENDAR_FEED_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashFeedToken(token), lastCharacters: token.slice(-4) };
}

/** The address a calendar app subscribes to. */
export const calendarFeedUrl = (token: string) => `${baseURL}/api/calendar/${token}.ics`;
