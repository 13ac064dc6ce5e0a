import { describe, expect, it } from "vitest";
import { mayHoldFilters, readSearch } from "@/lib/search-filters";

const projects = [
  { id: "p-home", name: "Home" },
  { id: "p-work-trip", name: "Work trip" },
];
const labels = [
  { id: "l-travel", name: "travel" },
  { id: "l-bills", name: "Bills" },
];
const read = (query: string) => readSearch(query, projects, labels);

describe("the search page's filter words", () => {
  it.each([
    ["flights #Home", { text: "flights", filters: { projectId: "p-home" } }],
    ["#work trip hotel", { text: "hotel", filters: { projectId: "p-work-trip" } }],
    ["#inbox milk", { text: "milk", filters: { projectId: null } }],
    ["@travel @BILLS pay", { text: "pay", filters: { labelIds: ["l-travel", "l-bills"] } }],
    ["@travel @travel", { text: "", filters: { labelIds: ["l-travel"] } }],
    ["p1 taxes", { text: "taxes", filters: { priority: 1 } }],
    ["P3", { text: "", filters: { priority: 3 } }],
    ["p1 #Home @travel car", { text: "car", filters: { priority: 1, projectId: "p-home", labelIds: ["l-travel"] } }],
  ])("%s", (query, expected) => {
    expect(read(query)).toEqual(expected);
  });

  it("keeps words that name no project or label of the user's as search words", () => {
    expect(read("#Garden @urgent roses")).toEqual({ text: "#Garden @urgent roses", filters: {} });
    expect(read("fix bug #123")).toEqual({ text: "fix bug #123", filters: {} });
  });

  it("reads nothing inside double quotes, and only a sigil at the start of a word", () => {
    expect(read('"p1 #Home" notes')).toEqual({ text: "p1 #Home notes", filters: {} });
    expect(read("me@travel mp3 C#Home")).toEqual({ text: "me@travel mp3 C#Home", filters: {} });
  });

  it("tells when the projects and labels are worth reading", () => {
    expect(mayHoldFilters("groceries")).toBe(false);
    expect(mayHoldFilters("mp3 player")).toBe(false);
    expect(mayHoldFilters("email me@x.org")).toBe(false);
    expect(mayHoldFilters("#Home")).toBe(true);
    expect(mayHoldFilters("pay @bills")).toBe(true);
    expect(mayHoldFilters("taxes p2")).toBe(true);
  });
});
