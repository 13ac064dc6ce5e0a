import "server-only";
import type { Identity } from "@/server/auth/identity";

export const ALL_SCOPES = ["tasks:read", "tasks:write"] as const;
export type Scope = (typeof ALL_SCOPES)[number];

/**
 * What the caller's token lets the tools do. Personal access tokens and our own JWTs carry no scopes
 * today and stand for the whole account; OAuth tokens (next step) will carry theirs, e.g. read-only.
 */
export function grantedScopes(identity: Identity): readonly Scope[] {
  switch (identity.method) {
    case "access-token":
    case "jwt":
    case "session":
      return ALL_SCOPES;
  }
}

export function hasScope(granted: readonly Scope[], required: Scope): boolean {
  return granted.includes(required);
}
