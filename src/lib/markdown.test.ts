import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "./markdown";

describe("parseInline", () => {
  it("finds bold, italic and code; the rest is text", () => {
    expect(parseInline("Due **today** at `9:00`, *maybe* later")).toEqual([
      { type: "text", text: "Due " },
      { type: "strong", text: "today" },
      { type: "text", text: " at " },
      { type: "code", text: "9:00" },
      { type: "text", text: ", " },
      { type: "em", text: "maybe" },
      { type: "text", text: " later" },
    ]);
    expect(parseInline("__also bold__")).toEqual([{ type: "strong", text: "also bold" }]);
  });

  it("keeps HTML, lone stars and unclosed marks as plain text", () => {
    expect(parseInline('<img src=x onerror="alert(1)"> <b>hi</b>')).toEqual([
      { type: "text", text: '<img src=x onerror="alert(1)"> <b>hi</b>' },
    ]);
    expect(parseInline("2 * 3 * 4 and **not closed")).toEqual([{ type: "text", text: "2 * 3 * 4 and **not closed" }]);
    expect(parseInline("snake_case_name")).toEqual([{ type: "text", text: "snake_case_name" }]);
    expect(parseInline("")).toEqual([]);
  });
});

describe("parseMarkdown", () => {
  it("reads plain text as one paragraph, keeping its line breaks", () => {
    expect(parseMarkdown("Added “Buy milk” to your Inbox.")).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "Added “Buy milk” to your Inbox." }] },
    ]);
    expect(parseMarkdown("one\ntwo\n\nthree")).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "one\ntwo" }] },
      { type: "paragraph", content: [{ type: "text", text: "three" }] },
    ]);
  });

  it("reads bulleted and numbered lists, with a lead-in line and a heading", () => {
    const answer =
      "### Today\nYou have:\n- **Call mum** (p1)\n* Water plants\n  before noon\n\n2. first\n3) second\nDone.";
    expect(parseMarkdown(answer)).toEqual([
      { type: "heading", content: [{ type: "text", text: "Today" }] },
      { type: "paragraph", content: [{ type: "text", text: "You have:" }] },
      {
        type: "list",
        ordered: false,
        start: 1,
        items: [
          [
            { type: "strong", text: "Call mum" },
            { type: "text", text: " (p1)" },
          ],
          [{ type: "text", text: "Water plants before noon" }],
        ],
      },
      {
        type: "list",
        ordered: true,
        start: 2,
        items: [[{ type: "text", text: "first" }], [{ type: "text", text: "second" }]],
      },
      { type: "paragraph", content: [{ type: "text", text: "Done." }] },
    ]);
  });

  it("starts a new list when bullets turn into numbers; ignores blank input", () => {
    expect(parseMarkdown("- a\n1. b").map((block) => block.type === "list" && block.ordered)).toEqual([false, true]);
    expect(parseMarkdown("\r\n\n  \n")).toEqual([]);
  });
});
