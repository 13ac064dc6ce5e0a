import { describe, expect, it } from "vitest";
import { aTask } from "../tasks/task-fixture";
import { atEndOf, groupBySection, placeBefore, placeBy, type Section } from "./section-groups";

const section = (id: string): Section => ({
  id,
  projectId: "p",
  name: id,
  position: id,
  createdAt: new Date(0),
  updatedAt: new Date(0),
});

const todo = section("todo");
const doing = section("doing");
const empty = section("empty");

const tasks = [
  aTask("a", { sectionId: "todo" }),
  aTask("loose"),
  aTask("b", { sectionId: "doing" }),
  aTask("c", { sectionId: "todo" }),
  aTask("orphan", { sectionId: "deleted" }),
];
const groups = groupBySection(tasks, [todo, doing, empty]);
const ids = (each: { tasks: { id: string }[] }) => each.tasks.map((task) => task.id);

describe("groupBySection", () => {
  it("puts tasks with no (known) section first, then each section in order, empty ones too", () => {
    expect(groups.map((group) => group.section?.id ?? null)).toEqual([null, "todo", "doing", "empty"]);
    expect(groups.map(ids)).toEqual([["loose", "orphan"], ["a", "c"], ["b"], []]);
  });
});

describe("placeBy", () => {
  it("moves past a neighbour within the group", () => {
    expect(placeBy(groups, "c", -1)).toEqual({ sectionId: "todo", beforeId: "a" });
    expect(placeBy(groups, "a", 1)).toEqual({ sectionId: "todo", afterId: "c" });
  });

  it("crosses into the group above (at its end) or below (at its start)", () => {
    expect(placeBy(groups, "a", -1)).toEqual({ sectionId: null, afterId: "orphan" });
    expect(placeBy(groups, "c", 1)).toEqual({ sectionId: "doing", beforeId: "b" });
    expect(placeBy(groups, "b", 1)).toEqual({ sectionId: "empty" });
  });

  it("stops at either end of the list", () => {
    expect(placeBy(groups, "loose", -1)).toBeNull();
    expect(placeBy(groupBySection(tasks, [todo, doing]), "b", 1)).toBeNull();
  });
});

describe("drops", () => {
  it("go above the row dropped on, in its section, or at the end of a section's heading", () => {
    expect(placeBefore(aTask("b", { sectionId: "doing" }))).toEqual({ sectionId: "doing", beforeId: "b" });
    expect(groups[1] && atEndOf(groups[1])).toEqual({ sectionId: "todo", afterId: "c" });
    expect(groups[3] && atEndOf(groups[3])).toEqual({ sectionId: "empty" });
  });
});
