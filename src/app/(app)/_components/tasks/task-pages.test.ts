import { describe, expect, it } from "vitest";
import { aTask } from "./task-fixture";
import {
  appendTask,
  flattenPages,
  insertTaskAt,
  moveTask,
  removeTask,
  replaceTask,
  type TaskPages,
} from "./task-pages";

const pages = (...groups: string[][]): TaskPages => ({
  pages: groups.map((ids, index) => ({
    items: ids.map((id) => aTask(id)),
    nextCursor: index < groups.length - 1 ? `c${index}` : null,
  })),
  pageParams: groups.map((_, index) => (index === 0 ? null : `c${index - 1}`)),
});

const ids = (data: TaskPages) => data.pages.map((page) => page.items.map((item) => item.id));

describe("task pages", () => {
  it("flattens pages, keeping a repeated task where the later page puts it", () => {
    expect(flattenPages(pages(["a", "b"], ["c", "b"])).map((item) => item.id)).toEqual(["a", "c", "b"]);
    expect(flattenPages(undefined)).toEqual([]);
  });

  it("appends to the last page and keeps cursors", () => {
    const data = appendTask(pages(["a", "b"], ["c"]), aTask("d"));
    expect(ids(data)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(data.pages[0]?.nextCursor).toBe("c0");
  });

  it("replaces a task (also an optimistic one by its temporary id)", () => {
    const saved = { ...aTask("b"), title: "saved" };
    expect(replaceTask(pages(["a", "b"]), saved).pages[0]?.items[1]?.title).toBe("saved");
  });

  it("removes a task and refills pages from the next one", () => {
    expect(ids(removeTask(pages(["a", "b"], ["c", "d"]), "a"))).toEqual([["b", "c"], ["d"]]);
  });

  it("puts a task back where it was", () => {
    expect(ids(insertTaskAt(pages(["a", "c"], ["d"]), aTask("b"), 1))).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("moves a task across pages and names its new neighbours", () => {
    const moved = moveTask(pages(["a", "b"], ["c", "d"]), "a", 2);
    expect(moved && ids(moved.data)).toEqual([
      ["b", "c"],
      ["a", "d"],
    ]);
    expect(moved?.move).toEqual({ afterId: "c", beforeId: "d" });
    expect(moveTask(pages(["a", "b"]), "b", 0)?.move).toEqual({ afterId: null, beforeId: "a" });
    expect(moveTask(pages(["a", "b"]), "a", 1)?.move).toEqual({ afterId: "b", beforeId: null });
  });

  it("moves by the list the user sees, even when a page repeats a task", () => {
    const moved = moveTask(pages(["b", "a"], ["b"]), "b", 0);
    expect(moved && flattenPages(moved.data).map((item) => item.id)).toEqual(["b", "a"]);
    expect(moved?.move).toEqual({ afterId: null, beforeId: "a" });
  });

  it("ignores a move off either end or onto itself", () => {
    expect(moveTask(pages(["a", "b"]), "a", -1)).toBeNull();
    expect(moveTask(pages(["a", "b"]), "b", 2)).toBeNull();
    expect(moveTask(pages(["a", "b"]), "a", 0)).toBeNull();
  });
});
