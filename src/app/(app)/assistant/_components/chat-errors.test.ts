import { describe, expect, it } from "vitest";
import { chatErrorMessage } from "./chat-errors";

describe("chatErrorMessage", () => {
  it("shows the route's message of a refused turn (rate limit, conflict) as it is", () => {
    const limited = JSON.stringify({
      error: { message: "You are sending messages faster than the assistant allows. Wait 42 seconds, then try again." },
    });
    expect(chatErrorMessage(new Error(limited))).toBe(
      "You are sending messages faster than the assistant allows. Wait 42 seconds, then try again.",
    );
    const conflict = JSON.stringify({ error: { message: "This conversation was changed in another tab or window." } });
    expect(chatErrorMessage(new Error(conflict))).toBe("This conversation was changed in another tab or window.");
  });

  it("adds the reference of a server failure (the route puts the request id in the body)", () => {
    const failed = JSON.stringify({
      error: { message: "Something went wrong.", requestId: "0b7e5c1e-4a8f-4c3e-9d2b-1f6a7c8e9d0a" },
    });
    expect(chatErrorMessage(new Error(failed))).toBe(
      "Something went wrong. (reference: 0b7e5c1e-4a8f-4c3e-9d2b-1f6a7c8e9d0a)",
    );
  });

  it("falls back to a network message for bodies it cannot read", () => {
    expect(chatErrorMessage(new Error('{"nope":1}'))).toMatch(/could not be reached/);
    expect(chatErrorMessage(new Error("Failed to fetch"))).toBe("Failed to fetch");
  });
});
