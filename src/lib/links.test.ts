import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/links";

describe("findLinks", () => {
  it("finds http(s) addresses in titles and descriptions, without trailing punctuation", () => {
    expect(findLinks(["Read https://example.org/guide, then reply", "See (http://x.test/a?b=1)."])).toEqual([
      { href: "https://example.org/guide", text: "example.org/guide" },
      { href: "http://x.test/a?b=1", text: "x.test/a" },
    ]);
  });

  it("shows a bare host without its slash, and lists an address once", () => {
    expect(findLinks(["https://example.org/ and https://example.org"])).toEqual([
      { href: "https://example.org/", text: "example.org" },
    ]);
  });

  it("never links another scheme, and stops at the limit", () => {
    expect(findLinks(["javascript:alert(1) data:text/html,x ftp://host/file"])).toEqual([]);
    expect(findLinks(["https://a.test https://b.test https://c.test"], 2).map((link) => link.text)).toEqual([
      "a.test",
      "b.test",
    ]);
  });
});
