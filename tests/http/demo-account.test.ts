import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { runSeed } from "~tests/setup/run-seed";

// The demo account exists here, but this is Vercel's production deployment: never offered.
const app = setupAppServer({ env: { VERCEL_ENV: "production" } });

describe("the sign-in page on a production deployment", () => {
  it("does not offer the demo account, even when it exists", async () => {
    await runSeed(app);
    const response = await fetch(`${app.url}/sign-in`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Sign in to Tasklane");
    expect(html).not.toContain("Try the demo account");
    expect(html).not.toContain("tasklane-demo");
  });
});
