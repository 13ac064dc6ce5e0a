import { describe, expect, it } from "vitest";
import { relayedDatabase } from "~tests/setup/tcp-proxy";
import { setupBrowserSession } from "./fixture";

// The app reaches PostgreSQL through a relay the test cuts: a real server-side failure, no test hook.
const relay = relayedDatabase();
const session = setupBrowserSession({ databaseUrl: relay.databaseUrl });

describe("a server error shown to the user", () => {
  it("gives a reference that finds the request in the logs", async () => {
    const { proxy } = relay;
    await session.signUp("Reference");
    const { page } = session;

    await proxy.cut();
    try {
      const field = page.getByLabel("New task");
      await field.fill("Lost in the outage");
      await field.press("Enter");
      const toast = page.locator("[data-sonner-toast]", { hasText: "reference:" });
      await toast.waitFor();
      const text = (await toast.textContent()) ?? "";
      expect(text).toContain("Can't reach the database. Your change was not saved.");
      const reference = /reference: ([0-9a-f-]{36})/.exec(text)?.[1];
      expect(reference).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

      const logged = session.app.server
        .output()
        .split("\n")
        .filter((line) => line.includes(`"requestId":"${reference}"`));
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.join("\n")).toContain('"outcome":"SERVICE_UNAVAILABLE"');
    } finally {
      await proxy.restore();
    }
  });
});
