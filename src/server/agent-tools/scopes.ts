import "server-only";
import type { Identity } from "@/server/auth/identity";

export const ALL_SCOPES = ["tasks:read", "tasks:write"] as const;
export type Scope = (typeof ALL_SCOPES)[number];

/** The tool scopes among an OAuth grant's (others, such as offline_access, grant no tool). */
export function toolScopes(granted: readonly string[]): readonly Scope[] {
  return ALL_SCOPES.filter((scope) => granted.includes(scope));
}

/**
 * What the caller's token lets the tools do. A session (the assistant) and a personal access token (the
 * documented exception at /api/mcp, README decision 28) stand for the whole account; OAuth tokens carry
 * what the user consented to, e.g. read-only. The app's own JWTs never reach the tools (refused at /api/mcp).
 */
export function grantedScopes(identity: Pick<Identity, "method" | "oauth">): readonly Scope[] {
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
