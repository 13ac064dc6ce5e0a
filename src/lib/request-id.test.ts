import { describe, expect, it } from "vitest";
import { isRequestId, newRequestId, REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

describe("request ids", () => {
  it("are fresh v4 UUIDs", () => {
    const ids = new Set(Array.from({ length: 100 }, newRequestId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(isRequestId(id)).toBe(true);
  });

  it("accept only our own format", () => {
    for (const bad of ["", "abc", "req-123", `${newRequestId()}\n{"level":"info"}`, newRequestId().toUpperCase()]) {
      expect(isRequestId(bad)).toBe(false);
    }
    expect(isRequestId(null)).toBe(false);
  });

  it("keep the proxy's id and replace anything else", () => {
    const id = newRequestId();
    expect(requestIdFrom(new Headers({ [REQUEST_ID_HEADER]: id }))).toBe(id);
    const replaced = requestIdFrom(new Headers({ [REQUEST_ID_HEADER]: "forged id" }));
    expect(replaced).not.toBe("forged id");
    expect(isRequestId(replaced)).toBe(true);
    expect(isRequestId(requestIdFrom(new Headers()))).toBe(true);
  });
});
