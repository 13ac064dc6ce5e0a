import { describe, expect, it } from "vitest";
import { derivedId, uuidV5 } from "./derived-id";

describe("derived ids", () => {
  it("are RFC 9562 UUID v5 (the RFC's own example: www.example.com in the DNS namespace)", () => {
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("are the same for one user and source id, and differ across users", () => {
    const source = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(derivedId("user-a", source)).toBe(derivedId("user-a", source));
    expect(derivedId("user-a", source)).not.toBe(derivedId("user-b", source));
    expect(derivedId("user-a", source)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
