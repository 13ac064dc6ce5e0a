import { TRPCError } from "@trpc/server";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { conflict, forbidden, invalid, notFound } from "@/server/domain-errors";
import { isConnectionFailure, toTRPCError } from "./errors";

const pgError = (code: string, message = "driver error") => Object.assign(new Error(message), { code });

describe("toTRPCError", () => {
  it("passes deliberate TRPCErrors through untouched", () => {
    const error = new TRPCError({ code: "NOT_FOUND", message: "Task not found" });
    expect(toTRPCError(error)).toBe(error);
  });

  it.each([
    [notFound("Task"), "NOT_FOUND", "Task not found."],
    [notFound({ message: "That token does not exist." }), "NOT_FOUND", "That token does not exist."],
    [invalid("Say which task it goes after or before."), "BAD_REQUEST", "Say which task it goes after or before."],
    [conflict("That task id is already taken."), "CONFLICT", "That task id is already taken."],
    [forbidden("Not on the demo account."), "FORBIDDEN", "Not on the demo account."],
  ])("gives a domain error (%s) its code and keeps its words, also as tRPC wraps it", (error, code, message) => {
    for (const raised of [error, new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error })]) {
      const mapped = toTRPCError(raised);
      expect([mapped.code, mapped.message, mapped.cause]).toEqual([code, message, error]);
    }
  });

  it("maps a domain conflict before the unique violation it was raised for", () => {
    const taken = conflict('You already have a label called "x".', { cause: pgError("23505") });
    expect(toTRPCError(taken).message).toBe('You already have a label called "x".');
  });

  it("answers input that is not JSON in our words, not JSON.parse's (which quote the input)", () => {
    let syntaxError: unknown;
    try {
      JSON.parse('{"json": {"title": "my secret');
    } catch (error) {
      syntaxError = error;
    }
    // As tRPC raises it when the body or ?input= does not parse.
    const raised = new TRPCError({ code: "BAD_REQUEST", message: String(syntaxError), cause: syntaxError });
    const mapped = toTRPCError(raised);
    expect(mapped.code).toBe("BAD_REQUEST");
    expect(mapped.message).toBe("Malformed request body.");
  });

  it("maps a unique violation, also when drizzle wraps it", () => {
    const wrapped = new DrizzleQueryError("insert into …", [], pgError("23505"));
    expect(toTRPCError(wrapped).code).toBe("CONFLICT");
    expect(toTRPCError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: wrapped })).code).toBe("CONFLICT");
  });

  it.each([
    ["ECONNREFUSED", pgError("ECONNREFUSED")],
    ["admin shutdown", pgError("57P01")],
    ["connection exception class 08", pgError("08006")],
    ["terminated", new Error("Connection terminated unexpectedly")],
    ["reset", pgError("ECONNRESET", "read ECONNRESET")],
    ["pool timeout", new Error("timeout exceeded when trying to connect")],
    ["closed PGlite", new Error("PGlite is closed")],
    ["all addresses refused", new AggregateError([pgError("ECONNREFUSED"), pgError("ECONNREFUSED")])],
  ])("maps %s to SERVICE_UNAVAILABLE", (_name, cause) => {
    const mapped = toTRPCError(new DrizzleQueryError("select 1", [], cause));
    expect(mapped.code).toBe("SERVICE_UNAVAILABLE");
    expect(mapped.message).toBe("Database unavailable, try again");
  });

  it("maps a failed rollback after a lost connection (what Drizzle throws in place of the first failure)", () => {
    const lost = new Error("Client has encountered a connection error and is not queryable");
    const mapped = toTRPCError(new DrizzleQueryError("rollback", [], lost));
    expect(mapped.code).toBe("SERVICE_UNAVAILABLE");
    expect(mapped.message).toBe("Database unavailable, try again");
  });

  it("maps anything else to INTERNAL_SERVER_ERROR and keeps the cause for the log", () => {
    const cause = new TypeError("x is undefined");
    const mapped = toTRPCError(cause);
    expect(mapped.code).toBe("INTERNAL_SERVER_ERROR");
    expect(mapped.cause).toBe(cause);
  });

  it("does not treat an ordinary constraint error as an outage", () => {
    expect(isConnectionFailure(pgError("23503", "violates foreign key constraint"))).toBe(false);
  });

  it("survives a cause cycle", () => {
    const a: { cause?: unknown } = {};
    const b = { cause: a };
    a.cause = b;
    expect(isConnectionFailure(a)).toBe(false);
  });
});
