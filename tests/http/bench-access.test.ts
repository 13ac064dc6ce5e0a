import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const SECRET = "bench-secret-of-this-http-test";
const app = setupAppServer({ env: { BENCH: "1", BENCH_SECRET: SECRET } });

describe("/api/bench/* with BENCH=1", () => {
  it("answers only a request that carries BENCH_SECRET; a client's word for its address opens nothing", async () => {
    const statements = `${app.url}/api/bench/statements`;
    expect((await fetch(statements)).status).toBe(404);
    expect((await fetch(statements, { headers: { "x-bench-secret": `${SECRET}-not` } })).status).toBe(404);
    expect((await fetch(statements, { headers: { "x-forwarded-for": "127.0.0.1", "x-real-ip": "::1" } })).status).toBe(
      404,
    );

    const allowed = await fetch(statements, { headers: { "x-bench-secret": SECRET } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ statements: expect.any(Number) });
  });

  it("serves the raw task list to a signed-in user only with the secret", async () => {
    const browser = new HttpSession(app.url);
    const email = uniqueEmail("bench-access");
    expect((await browser.signUp({ name: "Bench", email, password: "correct horse battery" })).status).toBe(200);

    expect((await browser.request("/api/bench/raw-list")).status).toBe(404);
    const withSecret = await browser.request("/api/bench/raw-list", { headers: { "x-bench-secret": SECRET } });
    expect(withSecret.status).toBe(200);
  });
});
