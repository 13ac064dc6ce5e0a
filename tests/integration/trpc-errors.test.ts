import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { log } from "@/server/log";
import { createInnerContext, createTRPCRouter, GENERIC_ERROR_MESSAGE, publicProcedure } from "@/server/trpc/init";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();

// A router made of the app's own procedure builders, to drive every error path over the fetch adapter.
const testRouter = createTRPCRouter({
  rename: publicProcedure
    .input(z.object({ title: z.string().trim().min(1, "Enter a title.").max(10) }).strict())
    .mutation(({ input }) => input.title),
  duplicate: publicProcedure.mutation(() => {
    throw Object.assign(new Error('duplicate key value violates unique constraint "user_email_unique"'), {
      code: "23505",
    });
  }),
  offline: publicProcedure.query(() => {
    throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
  }),
  broken: publicProcedure.query(() => {
    throw new Error("secret internal detail");
  }),
});

async function call(path: string, init: RequestInit = {}) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, init),
    router: testRouter,
    createContext: () => createInnerContext({ db: database.db, identity: null, requestId: "req-123" }),
    onError: () => {},
  });
  const body = (await response.json()) as { error: { json: { message: string; data: Record<string, unknown> } } };
  return { status: response.status, error: body.error.json };
}

const jsonPost = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ json: body }),
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("tRPC error handling", () => {
  it("returns flattened zod issues for invalid input, per field", async () => {
    const { status, error } = await call("rename", jsonPost({ title: "   " }));
    expect(status).toBe(400);
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.zodError).toEqual({ formErrors: [], fieldErrors: { title: ["Enter a title."] } });
  });

  it("rejects unknown keys (inputs are strict)", async () => {
    const { status, error } = await call("rename", jsonPost({ title: "ok", admin: true }));
    expect(status).toBe(400);
    expect(error.data.zodError).toMatchObject({ formErrors: [expect.stringContaining("admin")] });
  });

  it("maps a unique violation to CONFLICT (409)", async () => {
    const { status, error } = await call("duplicate", jsonPost(undefined));
    expect(status).toBe(409);
    expect(error.data.code).toBe("CONFLICT");
  });

  it("maps a refused connection to SERVICE_UNAVAILABLE (503) with a retry hint", async () => {
    const { status, error } = await call("offline");
    expect(status).toBe(503);
    expect(error.message).toBe("Database unavailable, try again");
    expect(error.data.requestId).toBe("req-123");
  });

  it("hides an unknown error's message in production and logs it with the request id", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const logError = vi.spyOn(log, "error");

    const { status, error } = await call("broken");

    expect(status).toBe(500);
    expect(error.message).toBe(GENERIC_ERROR_MESSAGE);
    expect(JSON.stringify(error)).not.toContain("secret internal detail");
    expect(error.data.requestId).toBe("req-123");
    expect(logError).toHaveBeenCalledWith(
      "trpc call",
      expect.objectContaining({
        requestId: "req-123",
        procedure: "broken",
        outcome: "INTERNAL_SERVER_ERROR",
        error: expect.stringContaining("secret internal detail"),
      }),
    );
  });

  it("keeps an unknown error's message in development", async () => {
    const { error } = await call("broken");
    expect(error.message).toBe("secret internal detail");
  });
});
