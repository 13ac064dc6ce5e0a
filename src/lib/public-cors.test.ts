import { describe, expect, it } from "vitest";
import { isPublicCorsPath } from "./public-cors";

describe("isPublicCorsPath", () => {
  it.each([
    "/api/mcp",
    "/api/auth/oauth2/register",
    "/api/auth/oauth2/token",
    "/api/auth/oauth2/revoke",
    "/.well-known/oauth-protected-resource",
    "/.well-known/oauth-protected-resource/api/mcp",
    "/.well-known/oauth-authorization-server",
  ])("opens %s to every origin", (path) => {
    expect(isPublicCorsPath(path)).toBe(true);
  });

  it.each([
    "/api/trpc/task.list",
    "/api/auth/sign-in/email",
    "/api/auth/oauth2/authorize",
    "/api/auth/oauth2/consent",
    "/api/assistant",
    "/api/mcp/extra",
    "/",
  ])("keeps %s to this site's own pages", (path) => {
    expect(isPublicCorsPath(path)).toBe(false);
  });
});
