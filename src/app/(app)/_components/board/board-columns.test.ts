import { describe, expect, it } from "vitest";
import type { Section } from "../sections/section-groups";
import { aTask } from "../tasks/task-fixture";
import { boardColumns, currentPlace, describePlace, moveByKey, placeAt } from "./board-columns";

const section = (id: string, name: string): Section => ({
  id,
  projectId: "p",
  name,
  position: id,
  createdAt: new Date(0),
  updatedAt: new Date(0),
});

const todo = section("todo", "To do");
const doing = section("doing", "Doing");
const done = section("done", "Done");

const columns = boardColumns(
  [
    aTask("a", { sectionId: "todo" }),
    aTask("loose"),
    aTask("b", { sectionId: "doing" }),
    aTask("c", { sectionId: "todo" }),
    aTask("d", { sectionId: "todo" }),
    aTask("orphan", { sectionId: "gone" }),
  ],
  [todo, doing, done],
);

describe("boardColumns", () => {
  it("puts “No section” first (with tasks of unknown sections), then one column per section in order, empty ones too", () => {
    expect(columns.map((column) => [column.sectionId, column.name, column.tasks.map((task) => task.id)])).toEqual([
      [null, "No section", ["loose", "orphan"]],
      ["todo", "To do", ["a", "c", "d"]],
      ["doing", "Doing", ["b"]],
      ["done", "Done", []],
    ]);
    expect(columns.map((column) => column.section)).toEqual([null, todo, doing, done]);
  });
});

describe("placeAt", () => {
  it("drops a card between its new neighbours in another column", () => {
    const move = placeAt(columns, "b", 1, 1);
    expect(move?.placement).toEqual({ sectionId: "todo", afterId: "a" });
    expect(move && describePlace(move)).toBe("To do, position 2 of 4");
  });

  it("drops at the top of a column before its first card, and into an empty column with no neighbour", () => {
    expect(placeAt(columns, "b", 1, 0)?.placement).toEqual({ sectionId: "todo", beforeId: "a" });
    const intoEmpty = placeAt(columns, "b", 3, 0);
    expect(intoEmpty?.placement).toEqual({ sectionId: "done" });
    expect(intoEmpty && describePlace(intoEmpty)).toBe("Done, position 1 of 1");
  });

  it("drops into “No section” with a null section", () => {
    expect(placeAt(columns, "a", 0, 5)?.placement).toEqual({ sectionId: null, afterId: "orphan" });
  });

  it("reorders within a column, counting the places without the card itself", () => {
    expect(placeAt(columns, "a", 1, 2)?.placement).toEqual({ sectionId: "todo", afterId: "d" });
    expect(placeAt(columns, "d", 1, 0)?.placement).toEqual({ sectionId: "todo", beforeId: "a" });
  });

  it("is null for a drop where the card already is, or a card or column that is not on the board", () => {
    expect(placeAt(columns, "c", 1, 1)).toBeNull();
    expect(placeAt(columns, "missing", 1, 0)).toBeNull();
    expect(placeAt(columns, "a", 9, 0)).toBeNull();
  });
});

describe("moveByKey", () => {
  it("moves up and down within the column, and stops at its ends", () => {
    expect(moveByKey(columns, "c", "up")?.placement).toEqual({ sectionId: "todo", beforeId: "a" });
    expect(moveByKey(columns, "c", "down")?.placement).toEqual({ sectionId: "todo", afterId: "d" });
    expect(moveByKey(columns, "a", "up")).toBeNull();
    expect(moveByKey(columns, "d", "down")).toBeNull();
  });

  it("moves left and right into the next column at the same height, or its end when it is shorter", () => {
    const right = moveByKey(columns, "c", "right");
    expect(right?.placement).toEqual({ sectionId: "doing", afterId: "b" });
    expect(right && describePlace(right)).toBe("Doing, position 2 of 2");
    expect(moveByKey(columns, "a", "left")?.placement).toEqual({ sectionId: null, beforeId: "loose" });
    expect(moveByKey(columns, "b", "right")?.placement).toEqual({ sectionId: "done" });
  });

  it("stops at the board's first and last columns", () => {
    expect(moveByKey(columns, "loose", "left")).toBeNull();
    expect(moveByKey(columns, "b", "right")).not.toBeNull();
    const last = boardColumns([aTask("x", { sectionId: "done" })], [todo, doing, done]);
    expect(moveByKey(last, "x", "right")).toBeNull();
  });
});

describe("currentPlace", () => {
  it("names the card's place by the card before it, else after it, else its column alone (what Undo sends)", () => {
    expect(currentPlace(columns, "c")?.placement).toEqual({ sectionId: "todo", afterId: "a" });
    expect(currentPlace(columns, "a")?.placement).toEqual({ sectionId: "todo", beforeId: "c" });
    expect(currentPlace(columns, "b")?.placement).toEqual({ sectionId: "doing" });
    const place = currentPlace(columns, "d");
    expect(place && describePlace(place)).toBe("To do, position 3 of 3");
    expect(currentPlace(columns, "missing")).toBeNull();
  });
});
