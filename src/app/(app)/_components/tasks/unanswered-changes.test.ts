import { describe, expect, it } from "vitest";
import { UnansweredChanges } from "./unanswered-changes";

describe("UnansweredChanges", () => {
  it("says another change of a task waits only while a second one is counted", () => {
    const changes = new UnansweredChanges();
    changes.begin(["a"]);
    expect(changes.othersWaiting("a")).toBe(false);
    changes.begin(["a"]);
    expect(changes.othersWaiting("a")).toBe(true);
    changes.end(["a"]);
    expect(changes.othersWaiting("a")).toBe(false);
  });

  it("counts each task of a change that touches several (a bulk change) on its own", () => {
    const changes = new UnansweredChanges();
    changes.begin(["a", "b"]);
    changes.begin(["b"]);
    expect(changes.othersWaiting("a")).toBe(false);
    expect(changes.othersWaiting("b")).toBe(true);
    changes.end(["a", "b"]);
    expect(changes.othersWaiting("b")).toBe(false);
  });

  it("does not go below nothing when a change ends twice", () => {
    const changes = new UnansweredChanges();
    changes.begin(["a"]);
    changes.end(["a"]);
    changes.end(["a"]);
    changes.begin(["a"]);
    expect(changes.othersWaiting("a")).toBe(false);
    changes.begin(["a"]);
    expect(changes.othersWaiting("a")).toBe(true);
  });
});
