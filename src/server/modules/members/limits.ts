import type { RateLimitRule } from "@/server/rate-limit";

// How far invitations go: the one place these numbers live. Windows stay within an hour, because Better
// Auth prunes rows of the shared rate_limit table older than its own longest window (see account-limits.ts).

/** Invitations one user may send, across all their projects. */
export const INVITATIONS_PER_USER: RateLimitRule = { max: 50, windowSeconds: 60 * 60 };

/** Invitations into one project, whichever of its owners sends them. */
export const INVITATIONS_PER_PROJECT: RateLimitRule = { max: 30, windowSeconds: 60 * 60 };

/** How long an emailed invitation can be accepted. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
