import { DrizzleQueryError } from "drizzle-orm/errors";
import { afterEach, describe, expect, it } from "vitest";
import { routeConsoleThroughLog } from "./console";
import { createLogger } from "./logger";

const original = { error: console.error, warn: console.warn };

afterEach(() => {
  console.error = original.error;
  console.warn = original.warn;
});

function routed() {
  const lines: string[] = [];
  routeConsoleThroughLog(createLogger({ level: "debug", write: (line) => lines.push(line) }));
  return () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("routeConsoleThroughLog", () => {
  it("writes what Next prints about a failed request as one redacted JSON line", () => {
    const entries = routed();
    const token = "dKRPuiOPSGJAvYyty4eHf4wpbnKFACGj";
    const query = new DrizzleQueryError(
      'select * from "session" where "token" = $1',
      [token],
      new Error("ECONNREFUSED"),
    );
    console.error("⨯", new Error("Failed to get session", { cause: query }));
    const [entry, ...more] = entries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ level: "error", msg: "⨯" });
    expect(String(entry?.error)).toContain('where "token" = $1');
    expect(String(entry?.error)).toContain("ECONNREFUSED");
    expect(JSON.stringify(entry)).not.toContain(token);
  });

  it("keeps plain warnings as their text, with addresses masked", () => {
    const entries = routed();
    console.warn("[db] idle connection lost for %s", "grace@example.com");
    expect(entries()).toEqual([
      expect.objectContaining({ level: "warn", msg: "[db] idle connection lost for [email]" }),
    ]);
  });
});
