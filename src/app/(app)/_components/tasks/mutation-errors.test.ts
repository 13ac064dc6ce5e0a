import { describe, expect, it } from "vitest";
import { describeFailure } from "./mutation-errors";

const failure = (code: string | undefined, message = "server said") => ({ message, data: code ? { code } : undefined });

describe("describeFailure", () => {
  it.each([
    ["CONFLICT", "conflict", "This task changed elsewhere — showing the latest"],
    ["SERVICE_UNAVAILABLE", "unavailable", "Can't reach the database. Your change was not saved."],
    ["NOT_FOUND", "notFound", "This task no longer exists."],
    ["INTERNAL_SERVER_ERROR", "unknown", "Something went wrong. Your change was not saved."],
    [undefined, "unavailable", "Can't reach Tasklane. Your change was not saved."],
  ])("%s → %s", (code, kind, message) => {
    expect(describeFailure(failure(code))).toEqual({ kind, message });
  });

  it("passes the server's words through for a change the caller's role does not allow", () => {
    const refusal = "You can view this project but not change it: ask an owner to make you an editor.";
    expect(describeFailure(failure("FORBIDDEN", refusal))).toEqual({ kind: "invalid", message: refusal });
  });

  it("passes the server's words through for invalid input", () => {
    expect(describeFailure(failure("BAD_REQUEST", "A due time needs a due date."))).toEqual({
      kind: "invalid",
      message: "A due time needs a due date.",
    });
  });
});
