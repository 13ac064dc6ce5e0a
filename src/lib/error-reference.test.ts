import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { isServerFailure, requestIdOf, withReference } from "./error-reference";

const ID = "0b7e5c1e-4a8f-4c3e-9d2b-1f6a7c8e9d0a";

describe("withReference", () => {
  it("adds the request id a tRPC error carries", () => {
    const error = { message: "boom", data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 500, requestId: ID } };
    expect(requestIdOf(error)).toBe(ID);
    expect(withReference("Something went wrong.", error)).toBe(`Something went wrong. (reference: ${ID})`);
  });

  it("reads a real TRPCClientError's data (a failed query or mutation)", () => {
    const error = TRPCClientError.from({
      error: {
        code: -32603,
        message: "db down",
        data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503, requestId: ID },
      },
    });
    expect(withReference("Couldn't load your tasks.", error)).toBe(`Couldn't load your tasks. (reference: ${ID})`);
  });

  it("adds the id of a Better Auth 5xx answer (status and requestId on the error)", () => {
    expect(withReference("Something went wrong on our side.", { status: 500, statusText: "", requestId: ID })).toBe(
      `Something went wrong on our side. (reference: ${ID})`,
    );
  });

  it("reads the x-request-id header of a failed response", () => {
    const response = new Response(null, { status: 502, headers: { "x-request-id": ID } });
    expect(requestIdOf(response)).toBe(ID);
    expect(withReference("No answer.", response)).toBe(`No answer. (reference: ${ID})`);
    expect(withReference("No answer.", { response })).toBe(`No answer. (reference: ${ID})`);
    expect(withReference("No answer.", { meta: { response } })).toBe(`No answer. (reference: ${ID})`);
  });

  it("gives no reference for what the user can fix (4xx: bad input, a refused password, too many tries)", () => {
    const badInput = { message: "Enter a title.", data: { code: "BAD_REQUEST", httpStatus: 400, requestId: ID } };
    expect(isServerFailure(badInput)).toBe(false);
    expect(withReference("Enter a title.", badInput)).toBe("Enter a title.");
    expect(withReference("Wrong email or password.", { status: 401, requestId: ID })).toBe("Wrong email or password.");
    const tooMany = new Response(null, { status: 429, headers: { "x-request-id": ID } });
    expect(withReference("Wait a minute.", tooMany)).toBe("Wait a minute.");
  });

  it("leaves the message alone when there is no id (offline, a non-tRPC error)", () => {
    expect(withReference("Can't reach Tasklane.", new Error("fetch failed"))).toBe("Can't reach Tasklane.");
    expect(withReference("x", { data: { requestId: null } })).toBe("x");
    expect(withReference("x", { requestId: "" })).toBe("x");
    expect(withReference("x", null)).toBe("x");
    expect(withReference("x", "a string")).toBe("x");
  });
});
