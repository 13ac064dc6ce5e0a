import { afterEach, describe, expect, it, vi } from "vitest";

async function loadEnv(variables: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  return (await import("./env")).env;
}

const clean = {
  DATABASE_URL: undefined,
  POSTGRES_URL: undefined,
  BETTER_AUTH_SECRET: undefined,
  VERCEL: undefined,
  SKIP_ENV_VALIDATION: undefined,
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("env", () => {
  it("needs nothing in development", async () => {
    const env = await loadEnv({ ...clean, NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
  });

  it("requires BETTER_AUTH_SECRET in production and says how to make one", async () => {
    await expect(loadEnv({ ...clean, NODE_ENV: "production" })).rejects.toThrow(
      /BETTER_AUTH_SECRET: BETTER_AUTH_SECRET is required in production\. Generate one with: openssl rand -base64 32/,
    );
  });

  it("refuses a short secret", async () => {
    await expect(loadEnv({ ...clean, NODE_ENV: "production", BETTER_AUTH_SECRET: "short" })).rejects.toThrow(
      /at least 32 characters/,
    );
  });

  it("on Vercel, explains that DATABASE_URL is missing", async () => {
    await expect(
      loadEnv({ ...clean, NODE_ENV: "production", VERCEL: "1", BETTER_AUTH_SECRET: "x".repeat(32) }),
    ).rejects.toThrow(/DATABASE_URL: DATABASE_URL is not set\. On Vercel, add the Neon integration/);
  });

  it("on Vercel, accepts POSTGRES_URL (the integration's alias) in place of DATABASE_URL", async () => {
    const env = await loadEnv({
      ...clean,
      NODE_ENV: "production",
      VERCEL: "1",
      BETTER_AUTH_SECRET: "x".repeat(32),
      POSTGRES_URL: "postgres://app@ep-x-pooler.neon.tech/neondb",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.POSTGRES_URL).toBe("postgres://app@ep-x-pooler.neon.tech/neondb");
  });

  it("rejects a DATABASE_URL that is not PostgreSQL", async () => {
    await expect(loadEnv({ ...clean, DATABASE_URL: "mysql://localhost/db" })).rejects.toThrow(
      /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/,
    );
  });

  it("treats empty strings as unset (as .env files leave them)", async () => {
    const env = await loadEnv({ ...clean, DATABASE_URL: "" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("refuses the scripted assistant model on a production deployment", async () => {
    await expect(
      loadEnv({ ...clean, NODE_ENV: "development", ASSISTANT_MODEL: "test-scripted", VERCEL_ENV: "production" }),
    ).rejects.toThrow(/ASSISTANT_MODEL: "test-scripted" is a test model/);
    const env = await loadEnv({
      ...clean,
      NODE_ENV: "development",
      ASSISTANT_MODEL: "test-scripted",
      VERCEL_ENV: undefined,
    });
    expect(env.ASSISTANT_MODEL).toBe("test-scripted");
  });
});
