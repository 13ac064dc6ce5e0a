import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { ALL_SCOPES, type Scope } from "@/server/agent-tools/scopes";
import type { Session } from "@/server/auth/auth";
import type { Database } from "@/server/db/client";
import { createMcpServer } from "@/server/mcp/server";
import { createInnerContext } from "@/server/trpc/init";

/** The SDK's client on the MCP server of `session`'s user, as a personal access token would reach it, in process. */
export async function mcpClientFor(db: Database, session: Session, scopes: readonly Scope[] = ALL_SCOPES) {
  const ctx = createInnerContext({
    db,
    identity: { user: session.user, method: "access-token", sessionId: null, signedInAt: null },
  });
  const server = createMcpServer(ctx, scopes);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: "tasklane-tests", version: "1.0.0" });
  await client.connect(clientSide);
  return client;
}

/** A tool's result, typed: `structuredContent` and the text of its first content item. */
export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const first = result.content[0];
  return { ...result, text: first?.type === "text" ? first.text : "" };
}
