import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { addTaskArgs, listTasksArgs, updateNeedsConfirmation, updateTaskArgs } from "./schemas";

const id = "0b6f3f2e-8d6a-4b8e-9c1e-3f1e2d4c5b6a";

describe("agent tool arguments", () => {
  it("add_task takes a title or quick-add text, exactly one of them", () => {
    expect(addTaskArgs.safeParse({}).success).toBe(false);
    expect(addTaskArgs.safeParse({ title: "a", text: "b" }).success).toBe(false);
    expect(addTaskArgs.safeParse({ description: "only notes" }).success).toBe(false);
    expect(addTaskArgs.safeParse({ title: "Buy milk", priority: 1, due_date: "2026-03-31" }).success).toBe(true);
    expect(addTaskArgs.safeParse({ text: "Buy milk tomorrow p1" }).success).toBe(true);
  });

  it("add_task keeps the shared rules: bounds, dates, unknown keys refused", () => {
    expect(addTaskArgs.safeParse({ title: "x".repeat(501) }).success).toBe(false);
    expect(addTaskArgs.safeParse({ title: "a", due_date: "2026-02-30" }).success).toBe(false);
    expect(addTaskArgs.safeParse({ title: "a", priority: 5 }).success).toBe(false);
    expect(addTaskArgs.safeParse({ title: "a", userId: id }).success).toBe(false);
  });

  it("update_task needs a change, and a valid updated_at when given", () => {
    expect(updateTaskArgs.safeParse({ task_id: id }).success).toBe(false);
    expect(updateTaskArgs.safeParse({ task_id: id, updated_at: "2026-01-01T00:00:00.000Z" }).success).toBe(false);
    expect(updateTaskArgs.safeParse({ task_id: id, title: "b", updated_at: "yesterday" }).success).toBe(false);
    expect(updateTaskArgs.safeParse({ task_id: id, due_date: null }).success).toBe(true);
  });

  it("update_task asks before anything but a new date, time or priority", () => {
    const asks = (change: object) => updateNeedsConfirmation(z.parse(updateTaskArgs, { task_id: id, ...change }));
    expect(asks({ priority: 1 })).toBe(false);
    expect(asks({ due_date: "2026-03-31", due_time: "09:00", updated_at: "2026-01-01T00:00:00.000Z" })).toBe(false);
    expect(asks({ due_time: null })).toBe(false);
    expect(asks({ deadline: "2026-04-30" })).toBe(false);
    // Clearing a deadline loses the date the user set.
    expect(asks({ deadline: null })).toBe(true);
    // Clearing the date clears the repeat rule with it.
    expect(asks({ due_date: null })).toBe(true);
    for (const change of [
      { title: "b" },
      { description: "" },
      { label_ids: [] },
      { project_id: null },
      { recurrence: null },
      { priority: 2, title: "b" },
    ]) {
      expect(asks(change), JSON.stringify(change)).toBe(true);
    }
  });

  it("list_tasks speaks the original specification's statuses", () => {
    expect(listTasksArgs.safeParse({ status: "pending" }).success).toBe(true);
    expect(listTasksArgs.safeParse({ status: "open" }).success).toBe(false);
  });

  it("every argument schema converts to the JSON Schema clients see", () => {
    for (const schema of [addTaskArgs, updateTaskArgs, listTasksArgs]) {
      expect(z.toJSONSchema(schema, { io: "input" })).toMatchObject({ type: "object", additionalProperties: false });
    }
  });
});
