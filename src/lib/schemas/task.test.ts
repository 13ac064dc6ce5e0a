import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { createTaskInput, readableRecurrenceRule, repeatNeedsDate } from "./task";

describe("repeat rules shared by the task inputs and the details form", () => {
  const detailsLike = z
    .object({ dueDate: z.nullable(z.string()), repeat: z.string() })
    .check(repeatNeedsDate("repeat"));

  it("asks for a due date on the field that holds the repeat", () => {
    const result = detailsLike.safeParse({ dueDate: null, repeat: "FREQ=DAILY" });
    expect(result.success ? {} : z.flattenError(result.error).fieldErrors).toEqual({
      repeat: ["A repeating task needs a due date."],
    });
    expect(detailsLike.safeParse({ dueDate: null, repeat: "" }).success).toBe(true);
    expect(detailsLike.safeParse({ dueDate: "2026-03-31", repeat: "FREQ=DAILY" }).success).toBe(true);
  });

  it("keeps the task inputs' check on `recurrence`", () => {
    const result = createTaskInput.safeParse({ title: "Pay rent", recurrence: { rrule: "FREQ=MONTHLY", from: "due" } });
    expect(result.success ? {} : z.flattenError(result.error).fieldErrors).toEqual({
      recurrence: ["A repeating task needs a due date."],
    });
  });

  it("words a rule the parser refuses with the parser's words", () => {
    const result = z.string().check(readableRecurrenceRule).safeParse("RRULE:FREQ=DAILY");
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      "Leave out the RRULE: prefix.",
    ]);
  });
});
