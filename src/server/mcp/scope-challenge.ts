import "server-only";
import { agentTools } from "@/server/agent-tools";
import { hasScope, type Scope } from "@/server/agent-tools/scopes";

const SCOPE_OF_TOOL = new Map<string, Scope>(agentTools.map((tool) => [tool.name, tool.scope]));

/**
 * The scope a request lacks: a `tools/call` (alone or in a batch) of a tool the token's grant does not
 * cover. The endpoint then answers 403 `insufficient_scope` naming it, so a client can ask the user for
 * more (MCP's step-up authorization) instead of meeting an unknown tool. Null when nothing is missing.
 */
export function missingScope(message: unknown, granted: readonly Scope[]): Scope | null {
  for (const one of Array.isArray(message) ? message : [message]) {
    if (typeof one !== "object" || one === null || !("method" in one) || one.method !== "tools/call") continue;
    const params = "params" in one ? one.params : undefined;
    const name = typeof params === "object" && params !== null && "name" in params ? params.name : undefined;
    const required = typeof name === "string" ? SCOPE_OF_TOOL.get(name) : undefined;
    if (required && !hasScope(granted, required)) return required;
  }
  return null;
}
