import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod/mini";
import { log } from "@/server/log";
import { toolError } from "./tool-errors";

const textOf = (result: ReturnType<typeof toolError>) => {
  const first = result.content[0];
  return first?.type === "text" ? first.text : "";
};

describe("toolError", () => {
  afterEach(() => vi.restoreAllMocks());

  it("passes the words of the caller's own mistakes on, as a tool error", () => {
    for (const code of ["NOT_FOUND", "BAD_REQUEST", "CONFLICT", "FORBIDDEN"] as const) {
      const result = toolError(new TRPCError({ code, message: `because ${code}` }), "req-1");
      expect(result.isError).toBe(true);
      expect(textOf(result)).toBe(`because ${code}`);
    }
  });

  it("words a zod failure by its issues, with their fields", () => {
    const parsed = z
      .strictObject({ title: z.string().check(z.minLength(1, "Enter a title.")) })
      .safeParse({ title: "" });
    if (parsed.success) throw new Error("expected a failure");
    const error = new TRPCError({ code: "BAD_REQUEST", message: "[json]", cause: parsed.error });
    expect(textOf(toolError(error, "req-2"))).toBe("Invalid input: title: Enter a title.");
  });

  it("maps database failures as the routers do (a unique violation is a conflict)", () => {
    const unique = Object.assign(new Error("duplicate key"), { code: "23505" });
    expect(textOf(toolError(unique, "req-3"))).toBe("That already exists.");
  });

  it("hides an unexpected failure behind a generic message with the request id", () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const result = toolError(new Error("secret stack detail"), "req-4");
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe("Something went wrong on our side. Please try again (request req-4).");
    expect(textOf(result)).not.toContain("secret");
    expect(logged).toHaveBeenCalledOnce();
    expect(logged).toHaveBeenCalledWith(
      "mcp: tool failed",
      expect.objectContaining({ requestId: "req-4", error: "Error: secret stack detail" }),
    );
    expect(textOf(toolError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "boom" }), "req-5"))).toContain(
      "request req-5",
    );
  });
});
