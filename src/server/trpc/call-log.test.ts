import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "@/server/log";
import { logCall, logUnloggedFailure } from "./call-log";

afterEach(() => vi.restoreAllMocks());

const call = (procedure: string) => ({ requestId: "r-1", userId: null, procedure, type: "query" });

describe("the tRPC call log", () => {
  it("gives every call of a batch its line when they share one failure (the session read failed)", () => {
    const written = vi.spyOn(log, "error").mockImplementation(() => {});
    const shared = new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "Database unavailable" });
    logUnloggedFailure(call("task.list"), shared);
    logUnloggedFailure(call("task.activity"), shared);
    expect(written.mock.calls.map(([, fields]) => fields?.procedure)).toEqual(["task.list", "task.activity"]);
  });

  it("does not repeat a failure the procedure middleware already wrote", () => {
    const written = vi.spyOn(log, "error").mockImplementation(() => {});
    const failure = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "boom" });
    logCall(call("task.update"), failure);
    logUnloggedFailure(call("task.update"), failure);
    expect(written).toHaveBeenCalledOnce();
  });
});
