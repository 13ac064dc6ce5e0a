import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, PEER_ADDRESS_HEADER, withClientAddress } from "./client-address";

const socket = { kind: "socket" } as const;
const behind = (hops: number) => ({ kind: "forwarded", hops }) as const;
const vercel = { kind: "vercel" } as const;

describe("clientAddress", () => {
  it("without trusted proxies: the connection's address, whatever X-Forwarded-For says", () => {
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.99" });
    expect(clientAddress(headers, socket)).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.99" }), socket)).toBeNull();
  });

  it("behind one proxy that appends: the rightmost entry, so a client's own entries are never read", () => {
    const forged = new Headers({
      "x-forwarded-for": "1.2.3.4, 5.6.7.8, 198.51.100.7",
      [PEER_ADDRESS_HEADER]: "10.0.0.2",
    });
    expect(clientAddress(forged, behind(1))).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }), behind(1))).toBe("198.51.100.7");
  });

  it("behind two: the second from the right; a shorter chain gives its leftmost entry", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.1" }), behind(2))).toBe(
      "198.51.100.7",
    );
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }), behind(2))).toBe("198.51.100.7");
  });

  it("on Vercel: the platform's header, never the client's X-Forwarded-For", () => {
    const headers = new Headers({ "x-vercel-forwarded-for": "2001:db8::1", "x-forwarded-for": "203.0.113.99" });
    expect(clientAddress(headers, vercel)).toBe("2001:db8::1");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.7" }), vercel)).toBe("198.51.100.7");
  });

  it("null when the chosen value is missing or not an IP address", () => {
    expect(clientAddress(new Headers(), behind(1))).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, not-an-ip" }), behind(1))).toBeNull();
    expect(clientAddress(new Headers({ [PEER_ADDRESS_HEADER]: "evil" }), socket)).toBeNull();
  });
});

describe("withClientAddress", () => {
  it("replaces a client's own value of the header Better Auth reads", () => {
    const request = new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers: { [CLIENT_ADDRESS_HEADER]: "6.6.6.6", [PEER_ADDRESS_HEADER]: "198.51.100.7" },
      body: "{}",
    });
    // The default source (this process's configuration): TRUSTED_PROXY_HOPS unset, not on Vercel.
    expect(withClientAddress(request).headers.get(CLIENT_ADDRESS_HEADER)).toBe("198.51.100.7");
    const unknown = new Request("http://localhost/", { headers: { [CLIENT_ADDRESS_HEADER]: "6.6.6.6" } });
    expect(withClientAddress(unknown).headers.has(CLIENT_ADDRESS_HEADER)).toBe(false);
  });
});
