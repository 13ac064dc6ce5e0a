import { describe, expect, it } from "vitest";
import { withRequestIdInBody } from "./auth-client";

const ID = "0b7e5c1e-4a8f-4c3e-9d2b-1f6a7c8e9d0a";

describe("withRequestIdInBody", () => {
  it("puts the x-request-id of a server failure in its JSON body, keeping the rest", async () => {
    const response = Response.json({ message: "Failed", code: "X" }, { status: 500, headers: { "x-request-id": ID } });
    const rewritten = await withRequestIdInBody(response);
    expect(rewritten?.status).toBe(500);
    expect(await rewritten?.json()).toEqual({ message: "Failed", code: "X", requestId: ID });
  });

  it("makes a JSON body of a page that was not JSON", async () => {
    const response = new Response("<html>oops</html>", { status: 502, headers: { "x-request-id": ID } });
    expect(await (await withRequestIdInBody(response))?.json()).toEqual({ requestId: ID });
  });

  it("leaves answers that are not server failures, or have no id, alone", async () => {
    const refused = Response.json({ code: "INVALID_PASSWORD" }, { status: 401, headers: { "x-request-id": ID } });
    expect(await withRequestIdInBody(refused)).toBeUndefined();
    expect(await withRequestIdInBody(new Response(null, { status: 500 }))).toBeUndefined();
  });
});
