import { describe, expect, it } from "vitest";
import { checkMutationRequest, readBodyWithLimit } from "./http-guards";

const origins = ["https://tasklane.example"];

function post(headers: Record<string, string>, body: BodyInit = "{}") {
  return new Request("https://tasklane.example/api/trpc/x", { method: "POST", headers, body });
}

describe("checkMutationRequest", () => {
  it("accepts a same-origin JSON post", () => {
    const request = post({ "content-type": "application/json", origin: "https://tasklane.example" });
    expect(checkMutationRequest(request, origins)).toBeNull();
  });

  it("accepts JSON with a charset, and scripts that send no Origin", () => {
    expect(checkMutationRequest(post({ "content-type": "application/json; charset=utf-8" }), origins)).toBeNull();
  });

  it.each(["text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"])(
    "refuses %s with 415 (a cross-site form could send it)",
    (contentType) => {
      expect(checkMutationRequest(post({ "content-type": contentType }), origins)).toMatchObject({ status: 415 });
    },
  );

  it("refuses a missing content type", () => {
    const request = new Request("https://tasklane.example/api/trpc/x", { method: "POST", body: new Uint8Array(2) });
    expect(checkMutationRequest(request, origins)).toMatchObject({ status: 415 });
  });

  it("refuses another origin with 403", () => {
    const request = post({ "content-type": "application/json", origin: "https://evil.example" });
    expect(checkMutationRequest(request, origins)).toEqual({ status: 403, message: "Cross-origin request refused." });
  });

  it("refuses a cross-site fetch that hides its Origin", () => {
    const request = post({ "content-type": "application/json", "sec-fetch-site": "cross-site" });
    expect(checkMutationRequest(request, origins)).toMatchObject({ status: 403 });
  });
});

describe("readBodyWithLimit", () => {
  it("returns the body when it fits", async () => {
    const body = await readBodyWithLimit(post({}, "hello"), 10);
    expect(new TextDecoder().decode(body ?? undefined)).toBe("hello");
  });

  it("refuses a declared length over the limit without reading", async () => {
    const request = post({ "content-length": "11" }, "x".repeat(11));
    expect(await readBodyWithLimit(request, 10)).toBeNull();
  });

  it("refuses a streamed body that grows past the limit", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new Uint8Array(4));
        controller.close();
      },
    });
    const request = new Request("https://tasklane.example/api/trpc/x", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(await readBodyWithLimit(request, 10)).toBeNull();
  });
});
