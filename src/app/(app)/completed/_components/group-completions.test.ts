import { describe, expect, it } from "vitest";
import { groupCompletionsByDay } from "./group-completions";

const at = (iso: string, name: string) => ({ completedAt: new Date(iso), name });

describe("groupCompletionsByDay", () => {
  it("puts each completion under its day in the user's zone, keeping the newest-first order", () => {
    const entries = [
      at("2026-12-06T09:00:00Z", "this morning"),
      at("2026-12-05T23:30:00Z", "late last night (UTC), early today in Paris"),
      at("2026-12-05T08:00:00Z", "yesterday"),
      at("2026-12-03T15:30:00Z", "Thursday"),
    ];

    expect(
      groupCompletionsByDay(entries, "UTC", "2026-12-06").map((day) => [day.heading, day.entries.map((e) => e.name)]),
    ).toEqual([
      ["Today", ["this morning"]],
      ["Yesterday", ["late last night (UTC), early today in Paris", "yesterday"]],
      ["Thu 3 Dec", ["Thursday"]],
    ]);
    expect(
      groupCompletionsByDay(entries, "Europe/Paris", "2026-12-06").map((day) => [day.heading, day.entries.length]),
    ).toEqual([
      ["Today", 2],
      ["Yesterday", 1],
      ["Thu 3 Dec", 1],
    ]);
  });
});
