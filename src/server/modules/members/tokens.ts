import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** What an invitation or share link is found by: the SHA-256 of its token (the token is only in the link). */
export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** 256 random bits, URL-safe, and the hash to store. */
export function generateLinkToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}
