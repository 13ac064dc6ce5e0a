import { describe, expect, it } from "vitest";
import { describeRedirect } from "./oauth-redirect";

describe("describeRedirect", () => {
  it.each([
    ["http://127.0.0.1:33418/callback", "an app on this computer"],
    ["http://localhost:6274/oauth/callback", "an app on this computer"],
    ["http://[::1]:8080/cb", "an app on this computer"],
    ["https://claude.ai/api/mcp/auth_callback", "claude.ai"],
    ["https://evil.example:8443/cb", "evil.example:8443"],
    ["http://192.168.1.20/cb", "192.168.1.20"],
    ["com.example.agent:/callback", "an app on this device (com.example.agent)"],
  ])("%s → %s", (uri, words) => {
    expect(describeRedirect(uri)).toBe(words);
  });

  it("is null for what is no URL", () => {
    expect(describeRedirect("not a url")).toBeNull();
  });
});
