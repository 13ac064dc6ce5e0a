import { describe, expect, it } from "vitest";
import { requestIdOf, withReference } from "./error-reference";

describe("withReference", () => {
  it("adds the request id a tRPC error carries", () => {
    const error = { message: "boom", data: { code: "INTERNAL_SERVER_ERROR", requestId: "0b7e…" } };
    expect(requestIdOf(error)).toBe("0b7e…");
    expect(withReference("Something went wrong.", error)).toBe("Something went wrong. (reference: 0b7e…)");
  });

  it("leaves the message alone when there is no id (offline, a non-tRPC error)", () => {
    expect(withReference("Can't reach Tasklane.", new Error("fetch failed"))).toBe("Can't reach Tasklane.");
    expect(withReference("x", { data: { requestId: null } })).toBe("x");
  });
});
