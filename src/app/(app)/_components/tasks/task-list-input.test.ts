import { describe, expect, it } from "vitest";
import { matchesView, views } from "./task-list-input";

const base = {
  completed: false,
  projectId: null,
  parentId: null,
  labelIds: [] as string[],
  priority: 4,
  dueDate: null as string | null,
};

describe("matchesView", () => {
  it.each([
    ["an open Inbox task in the Inbox", base, views.inbox(false), true],
    ["a completed task in the open Inbox", { ...base, completed: true }, views.inbox(false), false],
    ["a completed task when completed are shown", { ...base, completed: true }, views.inbox(true), true],
    ["a project task in the Inbox", { ...base, projectId: "p" }, views.inbox(false), false],
    ["a subtask in the Inbox's top level", { ...base, parentId: "t" }, views.inbox(false), false],
    ["a task of the project in its view", { ...base, projectId: "p" }, views.project("p", false), true],
    ["an overdue task in Today", { ...base, dueDate: "2026-03-01" }, views.today("2026-03-02"), true],
    ["a task due today in Today", { ...base, dueDate: "2026-03-02" }, views.today("2026-03-02"), true],
    ["a task due tomorrow in Today", { ...base, dueDate: "2026-03-03" }, views.today("2026-03-02"), false],
    ["an undated task in Today", base, views.today("2026-03-02"), false],
    ["an overdue task in Upcoming", { ...base, dueDate: "2026-03-01" }, views.upcoming("2026-03-02"), false],
    ["a task due next week in Upcoming", { ...base, dueDate: "2026-03-09" }, views.upcoming("2026-03-02"), true],
    ["a task with the label", { ...base, labelIds: ["a", "b"] }, views.label("a"), true],
    ["a task without the label", { ...base, labelIds: ["b"] }, views.label("a"), false],
    ["an open task in Completed", base, views.completed(), false],
    ["a completed task in Completed", { ...base, completed: true }, views.completed(), true],
  ])("%s: %s", (_name, task, input, expected) => {
    expect(matchesView(task, input)).toBe(expected);
  });
});
