import "server-only";
import { ALL_SCOPES } from "@/server/agent-tools/scopes";
import { baseURL } from "@/server/auth/urls";

/**
 * The MCP endpoint is a protected resource of its own (RFC 9728): tokens the coming OAuth server issues
 * for it name this URL as their audience, so they are refused by the rest of the API.
 */
export const MCP_PATH = "/api/mcp";
export const mcpResource = `${baseURL}${MCP_PATH}`;

/** Where the resource's metadata lives: the well-known path with the resource's path appended (RFC 9728 §3.1). */
export const resourceMetadataURL = `${baseURL}/.well-known/oauth-protected-resource${MCP_PATH}`;

/**
 * JWTs accepted by /api/mcp: those issued for it, and the app's own first-party API tokens
 * (/api/auth/token, audience = the app), which already reach everything a user's tools can.
 */
export const mcpAudiences = [mcpResource, baseURL] as const;

export function protectedResourceMetadata() {
  return {
    resource: mcpResource,
    authorization_servers: [baseURL],
    scopes_supported: [...ALL_SCOPES],
    bearer_methods_supported: ["header"],
    resource_name: "Tasklane MCP",
    resource_documentation: `${baseURL}/`,
  };
}
