import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

// Its own app and database: the counters live in the database, shared by every instance.
const app = setupAppServer();

describe("sign-in rate limit", () => {
  it("answers 429 after 5 attempts in a minute", async () => {
    const email = uniqueEmail("limited");
    const browser = new HttpSession(app.url);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      statuses.push((await browser.signIn({ email, password: "wrong password" })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);

    const limited = await browser.signIn({ email, password: "wrong password" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("x-retry-after"))).toBeGreaterThan(0);
  });
});
