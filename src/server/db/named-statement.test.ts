import { describe, expect, it } from "vitest";
import { statementName } from "./named-statement";

describe("statementName", () => {
  it("names a text the same way each time, and two texts apart, within PostgreSQL's 63 characters", () => {
    const a = statementName("task_list", "select 1");
    expect(statementName("task_list", "select 1")).toBe(a);
    expect(statementName("task_list", "select 2")).not.toBe(a);
    expect(a).toMatch(/^task_list_[\w-]{22}$/);
    expect(a.length).toBeLessThanOrEqual(63);
  });
});
