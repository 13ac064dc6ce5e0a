import { describe, expect, it } from "vitest";
import { matchesView, views } from "./task-list-input";

const base = {
  completed: false,
  projectId: null,
  parentId: null,
  labelIds: [] as string[],
  assigneeId: null as string | null,
  priority: 4,
  dueDate: null as string | null,
  title: "Buy milk",
  description: "",
};
const noneArchived = { archivedProjectIds: new Set<string>(), me: "my-id" };
const archived = { archivedProjectIds: new Set(["p"]) };

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
    ["a task assigned to someone else in Assigned to me", { ...base, assigneeId: "them" }, views.assigned(), false],
    ["an unassigned task in Assigned to me", base, views.assigned(), false],
    ["a task assigned to me in Assigned to me", { ...base, assigneeId: "my-id" }, views.assigned(), true],
  ])("%s: %s", (_name, task, input, expected) => {
    expect(matchesView(task, input, noneArchived)).toBe(expected);
  });

  it.each([
    [
      "an archived project's task in Today",
      { ...base, projectId: "p", dueDate: "2026-03-02" },
      views.today("2026-03-02"),
      false,
    ],
    ["an archived project's task in a label", { ...base, projectId: "p", labelIds: ["a"] }, views.label("a"), false],
    ["an archived project's task in search", { ...base, projectId: "p" }, views.search("milk"), false],
    ["an archived project's task in its project", { ...base, projectId: "p" }, views.project("p", false), true],
    [
      "another project's task in Today",
      { ...base, projectId: "q", dueDate: "2026-03-02" },
      views.today("2026-03-02"),
      true,
    ],
  ])("%s: %s", (_name, task, input, expected) => {
    expect(matchesView(task, input, archived)).toBe(expected);
  });

  it.each([
    ["a word of the title", "milk", true],
    ["the start of a word", "mil", true],
    ["every word, in any order", "milk buy", true],
    ["a word it lacks", "milk bread", false],
    ["a word of the description", "fresh", true],
    ["a short text as a substring", "lk", true],
    ["a short text it lacks", "xy", false],
    ["a blank search", "  ", true],
  ])("search: %s (%j)", (_name, search, expected) => {
    const task = { ...base, description: "Fresh, from the farm" };
    expect(matchesView(task, views.search(search), noneArchived)).toBe(expected);
  });

  it.each([
    ["a p1 task in a search for p1", { ...base, priority: 1 }, views.search("", { priority: 1 }), true],
    ["a p4 task in a search for p1", base, views.search("", { priority: 1 }), false],
    ["an Inbox task in a search of #Inbox", base, views.search("milk", { projectId: null }), true],
    [
      "a project's task in a search of #Inbox",
      { ...base, projectId: "p" },
      views.search("milk", { projectId: null }),
      false,
    ],
    [
      "a task with only one of the labels",
      { ...base, labelIds: ["a"] },
      views.search("milk", { labelIds: ["a", "b"] }),
      false,
    ],
    [
      "a task with both labels but not the words",
      { ...base, labelIds: ["a", "b"] },
      views.search("bread", { labelIds: ["a", "b"] }),
      false,
    ],
  ])("search with filter words: %s", (_name, task, input, expected) => {
    expect(matchesView(task, input, noneArchived)).toBe(expected);
  });

  it("keeps the server's answer to a search while the title and description are as it listed them", () => {
    // Found through an English stem, which the browser does not compute.
    const task = { ...base, title: "Buy groceries" };
    expect(matchesView(task, views.search("grocery"), noneArchived)).toBe(false);
    expect(matchesView({ ...task, priority: 1 }, views.search("grocery"), { ...noneArchived, listed: task })).toBe(
      true,
    );
    const renamed = { ...task, title: "Buy bread" };
    expect(matchesView(renamed, views.search("grocery"), { ...noneArchived, listed: task })).toBe(false);
  });
});
