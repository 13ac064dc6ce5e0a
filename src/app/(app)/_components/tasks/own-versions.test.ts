import { describe, expect, it } from "vitest";
import { OwnVersions } from "./own-versions";

const at = (ms: number) => new Date(ms);

describe("OwnVersions", () => {
  it("follows a task's own saves to the newest version", () => {
    const versions = new OwnVersions();
    versions.remember("a", at(1), at(5));
    versions.remember("a", at(5), at(9));
    expect(versions.latest("a", at(1))).toEqual(at(9));
    expect(versions.latest("a", at(5))).toEqual(at(9));
    expect(versions.latest("a", at(7))).toEqual(at(7));
  });

  it("keeps two tasks apart when their versions share a millisecond", () => {
    const versions = new OwnVersions();
    // Task b's optimistic copy was made in the very millisecond task a was saved.
    versions.remember("a", at(1), at(5));
    versions.remember("b", at(5), at(8));
    expect(versions.latest("a", at(1))).toEqual(at(5));
    expect(versions.latest("b", at(5))).toEqual(at(8));
  });

  it("stops on a loop instead of spinning", () => {
    const versions = new OwnVersions();
    versions.remember("a", at(1), at(2));
    versions.remember("a", at(2), at(1));
    expect([at(1), at(2)]).toContainEqual(versions.latest("a", at(1)));
  });
});
