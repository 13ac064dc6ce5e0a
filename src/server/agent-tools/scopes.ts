import "server-only";
import type { Identity } from "@/server/auth/identity";

export const ALL_SCOPES = ["tasks:read", "tasks:write"] as const;
export type Scope = (typeof ALL_SCOPES)[number];

/** The tool scopes among an OAuth grant's (others, such as offline_access, grant no tool). */
export function toolScopes(granted: readonly string[]): readonly Scope[] {
  return ALL_SCOPES.filter((scope) => granted.includes(scope));
}

/**
 * What the caller's token lets the tools do. Personal access tokens and our own JWTs carry no scopes
 * and stand for the whole account; OAuth tokens carry what the user consented to, e.g. read-only.
 */
export function grantedScopes(identity: Identity): readonly Scope[] {
  switch (identity.method) {
    case "oauth":
      return toolScopes(identity.oauth?.scopes ?? []);
    case "access-token":
    case "jwt":
    case "session":
      return ALL_SCOPES;
  }
}

export function hasScope(granted: readonly Scope[], required: Scope): boolean {
  return granted.includes(required);
}
