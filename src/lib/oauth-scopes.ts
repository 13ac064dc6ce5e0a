/** What each scope an app may ask for lets it do, in plain words (consent page, connected apps). */
const SCOPE_WORDS: Record<string, string> = {
  "tasks:read": "See your tasks, projects and labels",
  "tasks:write": "Add, change, complete and delete your tasks",
  offline_access: "Stay connected until you revoke it",
};

/** The plain-words description of each scope in a space-separated list (unknown ones as they are). */
export function describeScopes(scopes: readonly string[]): string[] {
  return scopes.map((scope) => SCOPE_WORDS[scope] ?? scope);
}

export function splitScopes(scope: string | null | undefined): string[] {
  return (scope ?? "").split(" ").filter((value) => value !== "");
}

/**
 * What "read-only" grants of a request for both reading and changing tasks: the same scopes without
 * tasks:write (offline_access stays if asked). Null when the request does not ask for both, so there
 * is nothing to untick (a grant must be a subset of the request).
 */
export function readOnlyScopes(scopes: readonly string[]): string[] | null {
  if (!scopes.includes("tasks:write") || !scopes.includes("tasks:read")) return null;
  return scopes.filter((scope) => scope !== "tasks:write");
}
