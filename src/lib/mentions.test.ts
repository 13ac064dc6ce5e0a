import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions";

const ann = { userId: "ann", name: "Ann" };
const annLee = { userId: "ann-lee", name: "Ann Lee" };
const anna = { userId: "anna", name: "Anna" };
const bob = { userId: "bob", name: "Bob" };

describe("findMentions", () => {
  it("finds each member named with @, case-insensitively, once", () => {
    expect(findMentions("@bob can you check? thanks @BOB and @Ann.", [ann, bob])).toEqual(["bob", "ann"]);
  });

  it("takes the longest name that matches, and a whole name only", () => {
    expect(findMentions("@Ann Lee please", [ann, annLee])).toEqual(["ann-lee"]);
    expect(findMentions("@Ann please", [ann, annLee])).toEqual(["ann"]);
    expect(findMentions("@Annabel", [ann])).toEqual([]);
    expect(findMentions("@Anna", [ann, anna])).toEqual(["anna"]);
  });

  it("needs the @ to start a word: an email address mentions nobody", () => {
    expect(findMentions("write to mail@bob.example", [bob])).toEqual([]);
    expect(findMentions("(@bob)", [bob])).toEqual(["bob"]);
    expect(findMentions("@bob", [bob])).toEqual(["bob"]);
  });

  it("mentions nobody with a name two members share", () => {
    expect(findMentions("@Bob", [bob, { userId: "other-bob", name: "bob" }])).toEqual([]);
  });

  it("ignores an @ that names nobody, and members without a name", () => {
    expect(findMentions("@ @carol @", [bob, { userId: "blank", name: "  " }])).toEqual([]);
  });
});
