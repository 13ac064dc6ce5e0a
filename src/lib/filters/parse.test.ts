import { describe, expect, it } from "vitest";
import type { FilterNode } from "./ast";
import { resolveDate } from "./dates";
import { parseFilter } from "./parse";

const today = { kind: "today" } as const;
const p1 = { kind: "priority", value: 1 } as const;
const overdue = { kind: "overdue" } as const;

const VALID: [string, FilterNode][] = [
  ["today", today],
  ["  TODAY  ", today],
  ["Tomorrow", { kind: "tomorrow" }],
  ["overdue", overdue],
  ["no date", { kind: "noDate" }],
  ["No  due   date", { kind: "noDate" }],
  ["7 days", { kind: "nextDays", count: 7 }],
  ["next 3 days", { kind: "nextDays", count: 3 }],
  ["1 day", { kind: "nextDays", count: 1 }],
  ["due before: 2026-12-31", { kind: "dueBefore", date: { kind: "date", date: "2026-12-31" } }],
  ["due before:Dec 31", { kind: "dueBefore", date: { kind: "monthDay", month: 12, day: 31 } }],
  ["due after: 31 dec", { kind: "dueAfter", date: { kind: "monthDay", month: 12, day: 31 } }],
  ["due after: December 5th, 2027", { kind: "dueAfter", date: { kind: "date", date: "2027-12-05" } }],
  ["due after: tomorrow", { kind: "dueAfter", date: { kind: "relative", days: 1 } }],
  ["due before: next week", { kind: "dueBefore", date: { kind: "nextWeek" } }],
  ["due: yesterday", { kind: "dueOn", date: { kind: "relative", days: -1 } }],
  ["due before: feb 29", { kind: "dueBefore", date: { kind: "monthDay", month: 2, day: 29 } }],
  ["p1", p1],
  ["P4", { kind: "priority", value: 4 }],
  ["#Work", { kind: "project", name: "Work" }],
  ["#My Project", { kind: "project", name: "My Project" }],
  ["#R\\&D", { kind: "project", name: "R&D" }],
  ["#Home \\(old\\)", { kind: "project", name: "Home (old)" }],
  ["/Meetings", { kind: "section", name: "Meetings" }],
  ["@waiting on", { kind: "label", name: "waiting on" }],
  ["no labels", { kind: "noLabels" }],
  ["assigned to: me", { kind: "assignedTo", who: { me: true } }],
  ["Assigned To:  Ada Lovelace", { kind: "assignedTo", who: { name: "Ada Lovelace" } }],
  ["search: buy milk!", { kind: "search", text: "buy milk!" }],
  ["subtask", { kind: "subtask" }],
  ["recurring", { kind: "recurring" }],
  ["today & p1", { kind: "and", left: today, right: p1 }],
  ["today | p1", { kind: "or", left: today, right: p1 }],
  ["!today", { kind: "not", operand: today }],
  ["!!today", { kind: "not", operand: { kind: "not", operand: today } }],
  // ! binds tighter than &, & tighter than |.
  [
    "!today & p1 | overdue",
    { kind: "or", left: { kind: "and", left: { kind: "not", operand: today }, right: p1 }, right: overdue },
  ],
  ["overdue | today & p1", { kind: "or", left: overdue, right: { kind: "and", left: today, right: p1 } }],
  ["(overdue | today) & p1", { kind: "and", left: { kind: "or", left: overdue, right: today }, right: p1 }],
  ["!(today|p1)", { kind: "not", operand: { kind: "or", left: today, right: p1 } }],
  ["today | p1 | overdue", { kind: "or", left: { kind: "or", left: today, right: p1 }, right: overdue }],
  ["((today))", today],
];

const INVALID: [string, number, string][] = [
  ["", 0, "Expected a filter at 0"],
  ["   ", 3, "Expected a filter at 3"],
  ["today &", 7, "Expected a filter after '&' at 7"],
  ["today & & p1", 8, "Expected a filter after '&' at 8"],
  ["today |", 7, "Expected a filter after '|' at 7"],
  ["!", 1, "Expected a filter after '!' at 1"],
  ["& today", 0, "Expected a filter at 0"],
  ["()", 1, "Expected a filter after '(' at 1"],
  ["(today", 6, "Expected ')' at 6"],
  ["(today | p1", 11, "Expected ')' at 11"],
  ["today)", 5, "Unexpected ')' at 5"],
  ["today (p1)", 6, "Expected '&' or '|' at 6"],
  [
    "today & tody",
    8,
    "Unknown filter 'tody': expected one such as today, overdue, p1, #Project, /Section, @label or search: words at 8",
  ],
  [
    "p5",
    0,
    "Unknown filter 'p5': expected one such as today, overdue, p1, #Project, /Section, @label or search: words at 0",
  ],
  ["#", 1, "Expected a project name after '#' at 1"],
  ["p1 & /", 6, "Expected a section name after '/' at 6"],
  ["@ ", 1, "Expected a label name after '@' at 1"],
  ["due before:", 11, "Expected a date after 'due before:' at 11"],
  ["due after: someday", 11, "Expected a date such as 2026-12-31, Dec 31, today or tomorrow at 11"],
  ["due before: 2026-02-30", 12, "Expected a date such as 2026-12-31, Dec 31, today or tomorrow at 12"],
  ["due before: Feb 30", 12, "Expected a date such as 2026-12-31, Dec 31, today or tomorrow at 12"],
  ["assigned to:", 12, "Expected 'me' or a name after 'assigned to:' at 12"],
  ["search: !!", 8, "Expected words to search for after 'search:' at 8"],
  ["0 days", 0, "Expected 1 to 3650 days at 0"],
  ["p1 & #a\\", 7, "Expected a character after '\\' at 7"],
  [`${"(".repeat(51)}today${")".repeat(51)}`, 50, "Nest at most 50 levels at 50"],
  ["x".repeat(1001), 1000, "Use at most 1000 characters at 1000"],
];

describe("parseFilter", () => {
  it.each(VALID)("reads %j", (query, ast) => {
    expect(parseFilter(query)).toEqual({ ok: true, ast });
  });

  it.each(INVALID)("refuses %j at %i", (query, position, message) => {
    expect(parseFilter(query)).toEqual({ ok: false, error: { position, message } });
  });
});

describe("resolveDate", () => {
  const cases: [Parameters<typeof resolveDate>[0], string, string][] = [
    [{ kind: "relative", days: 0 }, "2026-03-10", "2026-03-10"],
    [{ kind: "relative", days: 1 }, "2026-12-31", "2027-01-01"],
    [{ kind: "relative", days: -1 }, "2026-03-01", "2026-02-28"],
    // 2026-03-10 is a Tuesday; 2026-03-09 a Monday; 2026-03-08 a Sunday.
    [{ kind: "nextWeek" }, "2026-03-10", "2026-03-16"],
    [{ kind: "nextWeek" }, "2026-03-09", "2026-03-16"],
    [{ kind: "nextWeek" }, "2026-03-08", "2026-03-09"],
    [{ kind: "date", date: "2025-01-01" }, "2026-03-10", "2025-01-01"],
    [{ kind: "monthDay", month: 3, day: 10 }, "2026-03-10", "2026-03-10"],
    [{ kind: "monthDay", month: 3, day: 9 }, "2026-03-10", "2027-03-09"],
    [{ kind: "monthDay", month: 2, day: 29 }, "2026-03-10", "2028-02-29"],
  ];
  it.each(cases)("%j from %s is %s", (ref, from, expected) => {
    expect(resolveDate(ref, from)).toBe(expected);
  });
});
