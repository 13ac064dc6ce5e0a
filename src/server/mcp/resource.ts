import "server-only";
import { ALL_SCOPES } from "@/server/agent-tools/scopes";
import { baseURL } from "@/server/auth/urls";

/**
 * The MCP endpoint is a protected resource of its own (RFC 9728): the access tokens our OAuth server issues
 * for it name this URL as their audience, so they are refused by the rest of the API, and the app's own
 * JWTs (audience = the app's API) are refused here. Personal access tokens are the one exception (README,
 * decision 28).
 */
export const MCP_PATH = "/api/mcp";
export const mcpResource = `${baseURL}${MCP_PATH}`;

/** Where the resource's metadata lives: the well-known path with the resource's path appended (RFC 9728 §3.1). */
export const resourceMetadataURL = `${baseURL}/.well-known/oauth-protected-resource${MCP_PATH}`;

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
