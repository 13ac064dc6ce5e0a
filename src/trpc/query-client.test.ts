import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { makeQueryClient, shouldRetryQuery } from "./query-client";

const answered = (httpStatus: number) =>
  new TRPCClientError("refused", { result: { error: { message: "refused", code: -32600, data: { httpStatus } } } });

describe("shouldRetryQuery", () => {
  it("retries a server failure and a lost connection, up to three times", () => {
    expect(shouldRetryQuery(0, answered(503))).toBe(true);
    expect(shouldRetryQuery(2, answered(500))).toBe(true);
    expect(shouldRetryQuery(0, new TRPCClientError("Failed to fetch"))).toBe(true);
    expect(shouldRetryQuery(0, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetryQuery(3, answered(503))).toBe(false);
  });

  it("never retries an answer about the request itself", () => {
    for (const status of [400, 401, 403, 404, 409, 413, 429]) expect(shouldRetryQuery(0, answered(status))).toBe(false);
  });
});

describe("makeQueryClient", () => {
  it("retries reads by that rule", () => {
    expect(makeQueryClient().getDefaultOptions().queries?.retry).toBe(shouldRetryQuery);
  });
});
