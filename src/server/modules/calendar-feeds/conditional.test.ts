import { describe, expect, it } from "vitest";
import { answersNotModified } from "./conditional";

const state = { etag: '"abc"', changedAt: new Date("2026-03-01T10:00:00Z"), stored: true };
const ask = (headers: Record<string, string>, given = state) => answersNotModified(new Headers(headers), given);

describe("answersNotModified", () => {
  it("matches If-None-Match weakly, in a list, or `*`", () => {
    expect(ask({ "if-none-match": '"abc"' })).toBe(true);
    expect(ask({ "if-none-match": 'W/"abc"' })).toBe(true);
    expect(ask({ "if-none-match": '"old", "abc"' })).toBe(true);
    expect(ask({ "if-none-match": "*" })).toBe(true);
    expect(ask({ "if-none-match": '"old"' })).toBe(false);
  });

  it("lets If-None-Match decide when both are sent (RFC 9110 §13.1.3)", () => {
    expect(ask({ "if-none-match": '"old"', "if-modified-since": "Sun, 01 Mar 2026 11:00:00 GMT" })).toBe(false);
  });

  it("answers If-Modified-Since from the time the content was first served, and only for that content", () => {
    expect(ask({ "if-modified-since": "Sun, 01 Mar 2026 10:00:00 GMT" })).toBe(true);
    expect(ask({ "if-modified-since": "Sun, 01 Mar 2026 09:59:59 GMT" })).toBe(false);
    expect(ask({ "if-modified-since": "not a date" })).toBe(false);
    // The content changed since it was last served: its time is not known yet, so the full answer.
    expect(ask({ "if-modified-since": "Sun, 01 Mar 2026 12:00:00 GMT" }, { ...state, stored: false })).toBe(false);
    expect(ask({})).toBe(false);
  });
});
