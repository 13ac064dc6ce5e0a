import { describe, expect, it } from "vitest";
import { neighbourOf } from "./keep-focus";

const tasks = [{ id: "a" }, { id: "b" }, { id: "c" }];

describe("neighbourOf", () => {
  it("is the next row", () => {
    expect(neighbourOf(tasks, "a")?.id).toBe("b");
    expect(neighbourOf(tasks, "b")?.id).toBe("c");
  });

  it("is the previous row for the last one", () => {
    expect(neighbourOf(tasks, "c")?.id).toBe("b");
  });

  it("is none for the only row", () => {
    expect(neighbourOf([{ id: "a" }], "a")).toBeUndefined();
  });
});
