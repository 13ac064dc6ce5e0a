import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";

// The built app runs in production mode: without CRON_SECRET the route must refuse, not run open.
const app = setupAppServer();

describe("GET /api/cron/reminders without CRON_SECRET configured", () => {
  it("answers 503 in production, whatever the caller sends", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer anything-at-all" }];
    for (const headers of attempts) {
      const response = await fetch(`${app.url}/api/cron/reminders`, { headers });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: "CRON_SECRET is not configured." });
    }
  });
});
