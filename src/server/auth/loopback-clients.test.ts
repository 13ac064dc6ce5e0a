import { describe, expect, it } from "vitest";
import { withNativeLoopback } from "./loopback-clients";

describe("loopback redirect URIs register a native client", () => {
  it("marks an http loopback client without application_type as native", () => {
    for (const uri of ["http://localhost:3334/callback", "http://127.0.0.1:9/cb", "http://[::1]:8080/"]) {
      expect(withNativeLoopback({ redirect_uris: [uri] })).toEqual({
        redirect_uris: [uri],
        application_type: "native",
      });
    }
  });

  it("leaves others alone: an https or remote redirect, a stated application_type, no redirect", () => {
    expect(withNativeLoopback({ redirect_uris: ["https://app.example/cb"] })).toBeNull();
    expect(withNativeLoopback({ redirect_uris: ["http://localhost/cb", "http://evil.example/cb"] })).toBeNull();
    expect(withNativeLoopback({ redirect_uris: ["http://localhost/cb"], application_type: "web" })).toBeNull();
    expect(withNativeLoopback({ redirect_uris: [] })).toBeNull();
    expect(withNativeLoopback("x")).toBeNull();
  });
});
