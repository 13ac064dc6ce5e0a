import { describe, expect, it } from "vitest";
import { describeChanges, describeToolCall, describeToolResult, taskIdIn } from "./tool-text";

const task = { id: "t1", title: "Buy milk" };
const change = (status: string) => ({ task_id: "t1", status, title: "Buy milk" });

describe("tool cards in words", () => {
  it.each([
    ["add_task", { title: "Buy milk" }, change("created"), "Added task “Buy milk”"],
    ["add_task", { text: "Buy milk tomorrow p1" }, change("created"), "Added task “Buy milk”"],
    ["complete_task", { task_id: "t1" }, change("completed"), "Completed “Buy milk”"],
    ["update_task", { task_id: "t1", priority: 1 }, change("updated"), "Updated “Buy milk”"],
    ["delete_task", { task_id: "t1" }, change("deleted"), "Deleted “Buy milk”"],
    ["search_tasks", { query: "milk" }, { tasks: [task, task] }, "Searched for “milk”: 2 tasks found"],
    ["list_tasks", {}, { tasks: [task], next_cursor: null }, "Listed 1 task"],
    ["list_projects", {}, { projects: [] }, "Listed 0 projects"],
    ["list_labels", {}, { labels: [{}, {}] }, "Listed 2 labels"],
    [
      "filter_tasks",
      { query: "p1 & today" },
      { valid: true, tasks: [task] },
      "Filtered with “p1 & today”: 1 task found",
    ],
    [
      "filter_tasks",
      { query: "p1 &" },
      { valid: false, error: { position: 4, message: "x" } },
      "Tried the filter “p1 &”: it does not parse",
    ],
    ["save_filter", { name: "Urgent", query: "p1" }, { valid: true, filter: {} }, "Saved filter “Urgent”"],
    [
      "save_filter",
      { name: "Urgent", query: "p1 &" },
      { valid: false, error: {} },
      "Did not save filter “Urgent”: its query does not parse",
    ],
    ["something_new", {}, null, "Ran something new"],
  ])("%s %j → %s", (name, input, output, words) => {
    expect(describeToolResult(name, input, output)).toBe(words);
  });

  it("says what a confirmation is about, with the task's real title when known", () => {
    expect(describeToolCall("delete_task", { task_id: "t1" }, "Buy milk")).toBe("Delete task “Buy milk”");
    expect(describeToolCall("delete_task", { task_id: "t1" })).toBe("Delete task");
    expect(describeToolCall("delete_task", { task_ids: ["a", "b"] })).toBe("Delete 2 tasks");
    expect(describeToolCall("bulk_update", { task_ids: ["a"] })).toBe("Bulk update 1 task");
    expect(taskIdIn({ task_id: "t1" })).toBe("t1");
    expect(taskIdIn({ task_ids: ["t1"] })).toBeNull();
  });

  it("never throws on odd shapes", () => {
    for (const value of [null, undefined, 3, "x", [], { task: null }, { tasks: "no" }]) {
      expect(typeof describeToolResult("add_task", value, value)).toBe("string");
      expect(typeof describeToolCall("delete_task", value)).toBe("string");
    }
  });

  it("lists what an edit would write, naming projects and labels", () => {
    const names = { projects: new Map([["p1", "Home"]]), labels: new Map([["l1", "bills"]]) };
    expect(
      describeChanges(
        "update_task",
        {
          task_id: "t1",
          title: "Call +1 555 0100",
          description: "x".repeat(201),
          priority: 1,
          due_date: null,
          recurrence: null,
          project_id: "p1",
          label_ids: ["l1", "gone"],
        },
        names,
      ),
    ).toEqual([
      "Title: “Call +1 555 0100”",
      `Description: “${"x".repeat(200)}…”`,
      "Priority: p1",
      "Due date: removed (with its time and repeat)",
      "Repeat: removed",
      "Moved to: Home",
      "Labels: bills, an unknown label",
    ]);
    expect(describeChanges("update_task", { task_id: "t1", project_id: null, label_ids: [] }, names)).toEqual([
      "Moved to: Inbox",
      "Labels: none",
    ]);
    expect(
      describeChanges("update_task", { task_id: "t1", recurrence: { rrule: "FREQ=MONTHLY", from: "due" } }, names),
    ).toEqual(["Repeats: Every month"]);
    expect(describeChanges("delete_task", { task_id: "t1" }, names)).toEqual([]);
  });
});
