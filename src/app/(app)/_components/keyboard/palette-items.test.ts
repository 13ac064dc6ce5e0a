import { describe, expect, it } from "vitest";
import { filterPaletteItems, paletteItems, taskItems } from "./palette-items";

const items = paletteItems(
  [
    { id: "p1", name: "Home", archived: false },
    { id: "p2", name: "Old stuff", archived: true },
  ],
  [{ id: "l1", name: "bills" }],
  [{ id: "f1", name: "Urgent" }],
);

describe("paletteItems", () => {
  it("lists actions, views, active projects and labels", () => {
    expect(items.map((item) => item.label)).toEqual([
      "Add task",
      "Show keyboard shortcuts",
      "Go to Inbox",
      "Go to Today",
      "Go to Upcoming",
      "Go to Calendar",
      "Go to Search",
      "Go to Completed",
      "Go to Assistant",
      "Go to Settings",
      "Project: Home",
      "Label: @bills",
      "Filter: Urgent",
    ]);
  });

  it("links projects and labels to their pages", () => {
    expect(items.find((item) => item.id === "project-p1")?.action).toEqual({ kind: "navigate", href: "/projects/p1" });
    expect(items.find((item) => item.id === "label-l1")?.action).toEqual({ kind: "navigate", href: "/labels/l1" });
    expect(items.find((item) => item.id === "filter-f1")?.action).toEqual({ kind: "navigate", href: "/filters/f1" });
  });
});

describe("filterPaletteItems", () => {
  it.each([
    ["", 13],
    ["today", 1],
    ["TODAY", 1],
    ["go to", 8],
    ["to go", 8],
    ["home", 1],
    ["@bi", 1],
    ["  up  ", 1],
    ["nothing like it", 0],
  ])("%j matches %i", (query, count) => {
    expect(filterPaletteItems(items, query)).toHaveLength(count);
  });
});

describe("taskItems", () => {
  it("offers each found task, opening it", () => {
    expect(taskItems([{ id: "t1", title: "Call mum" }])).toEqual([
      { id: "task-t1", label: "Task: Call mum", action: { kind: "openTask", id: "t1" } },
    ]);
  });
});
