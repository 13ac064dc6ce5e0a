import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";

const app = setupAppServer();

const endpoint = () => `${app.url}/api/trpc/account.me`;

describe("tRPC route guards", () => {
  it("refuses a 1.5 MB body with 413", async () => {
    const response = await fetch(endpoint(), {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.url },
      body: JSON.stringify({ json: "x".repeat(1.5 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
  });

  it("refuses a multipart mutation with 415", async () => {
    const form = new FormData();
    form.set("title", "sneaky");
    const response = await fetch(endpoint(), { method: "POST", headers: { origin: app.url }, body: form });
    expect(response.status).toBe(415);
  });

  it("refuses a text/plain mutation with 415", async () => {
    const response = await fetch(endpoint(), {
      method: "POST",
      headers: { "content-type": "text/plain", origin: app.url },
      body: "{}",
    });
    expect(response.status).toBe(415);
  });

  it("refuses a cross-origin mutation with 403", async () => {
    const response = await fetch(endpoint(), {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: "{}",
    });
    expect(response.status).toBe(403);
  });

  it("lets a same-origin JSON post through to tRPC", async () => {
    const response = await fetch(endpoint(), {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.url },
      body: "{}",
    });
    // account.me is a query: tRPC itself answers that it must be a GET.
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ error: { json: { data: { code: "METHOD_NOT_SUPPORTED" } } } });
  });

  it("refuses a batch of more than 20 calls", async () => {
    const paths = Array.from({ length: 21 }, () => "account.me").join(",");
    const response = await fetch(`${app.url}/api/trpc/${paths}?batch=1&input={}`);
    expect(response.status).toBe(400);
  });

  it("accepts a batch of 20 calls", async () => {
    const paths = Array.from({ length: 20 }, () => "account.me").join(",");
    const response = await fetch(`${app.url}/api/trpc/${paths}?batch=1&input={}`);
    // Anonymous: every call answers 401, but the batch itself is accepted.
    expect(response.status).toBe(401);
    expect(await response.json()).toHaveLength(20);
  });
});
