import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { beforeEach, describe, expect, it } from "vitest";

// public/sw.js run as the browser would: its listeners registered on a stand-in `self`, with an in-memory
// Cache Storage and a network that answers (or fails, offline) as each test says.

const ORIGIN = "https://tasklane.test";
const source = readFileSync(new URL("../../public/sw.js", import.meta.url), "utf8");

type Handler = (event: unknown) => void;
interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

const urlOf = (request: string | FakeRequest) => (typeof request === "string" ? request : request.url);

class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(request: string | FakeRequest) {
    return this.entries.get(urlOf(request))?.clone();
  }
  async put(request: string | FakeRequest, response: Response) {
    this.entries.set(urlOf(request), response);
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url }));
  }
  async delete(request: string | FakeRequest) {
    return this.entries.delete(urlOf(request));
  }
}

class FakeCacheStorage {
  readonly named = new Map<string, FakeCache>();
  async open(name: string) {
    const cache = this.named.get(name) ?? new FakeCache();
    this.named.set(name, cache);
    return cache;
  }
  async has(name: string) {
    return this.named.has(name);
  }
  async keys() {
    return [...this.named.keys()];
  }
  async delete(name: string) {
    return this.named.delete(name);
  }
  async match(request: string | FakeRequest, options: { cacheName?: string } = {}) {
    const caches = options.cacheName ? [this.named.get(options.cacheName)] : [...this.named.values()];
    for (const cache of caches) {
      const found = await cache?.match(request);
      if (found) return found;
    }
    return undefined;
  }
}

/** A response as the network gives it to a worker (`type` is "basic" for the app's own origin). */
function answer(body: string, init: { status?: number; type?: ResponseType; redirected?: boolean } = {}) {
  const status = init.status ?? 200;
  // The platform's Response refuses status 0 (an opaque redirect's): it is set as the browser shows it.
  const response = new Response(body, { status: status === 0 ? 200 : status });
  if (status === 0) Object.defineProperty(response, "ok", { value: false });
  Object.defineProperty(response, "type", { value: init.type ?? "basic" });
  Object.defineProperty(response, "redirected", { value: init.redirected ?? false });
  return response;
}

let handlers: Map<string, Handler>;
let caches: FakeCacheStorage;
let online: boolean;
let network: Map<string, () => Response>;
let fetched: string[];

beforeEach(() => {
  handlers = new Map();
  caches = new FakeCacheStorage();
  online = true;
  network = new Map();
  fetched = [];
  const self = {
    location: new URL(ORIGIN),
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    skipWaiting: () => undefined,
    clients: { claim: async () => undefined },
  };
  const fetch = async (request: string | FakeRequest) => {
    const url = urlOf(request);
    fetched.push(url);
    if (!online) throw new TypeError("Failed to fetch");
    return network.get(url)?.() ?? answer("not found", { status: 404 });
  };
  runInNewContext(source, { self, caches, fetch, Response, URL, TypeError, Promise, Array });
});

/** Dispatches a fetch event; resolves with what the worker answered, or undefined when it let it pass. */
async function request(path: string, { method = "GET", navigate = true } = {}) {
  let responded: Promise<Response> | undefined;
  const waits: Promise<unknown>[] = [];
  handlers.get("fetch")?.({
    request: { url: `${ORIGIN}${path}`, method, mode: navigate ? "navigate" : "cors" },
    respondWith: (response: Promise<Response>) => {
      responded = response;
    },
    waitUntil: (work: Promise<unknown>) => void waits.push(work),
  });
  await Promise.all(waits);
  return responded ? await responded : undefined;
}

/** What the page sends once shown (src/app/(app)/_components/offline/keep-pages-offline.tsx). */
async function keepPage(path: string, assets: string[]) {
  const waits: Promise<unknown>[] = [];
  handlers.get("message")?.({
    origin: ORIGIN,
    data: { type: "keep-page", page: `${ORIGIN}${path}`, assets },
    waitUntil: (work: Promise<unknown>) => void waits.push(work),
  });
  await Promise.all(waits);
}

const kept = (cacheName: string) => [...(caches.named.get(cacheName)?.entries.keys() ?? [])];

describe("the service worker", () => {
  it("keeps nothing until a page asks, and then that page and its own assets", async () => {
    network.set(`${ORIGIN}/today`, () => answer("<html>today</html>"));
    network.set(`${ORIGIN}/_next/static/chunks/app.js`, () => answer("js"));
    await expect(request("/today")).resolves.toBeInstanceOf(Response);
    expect(await caches.keys()).toEqual([]);

    network.set(`${ORIGIN}/icon.svg`, () => answer("<svg/>"));
    await keepPage("/today", [
      `${ORIGIN}/_next/static/chunks/app.js`,
      `${ORIGIN}/icon.svg`,
      `${ORIGIN}/today?_rsc=1`,
      "https://elsewhere.test/_next/static/x.js",
    ]);
    expect(kept("tasklane-pages-v1")).toEqual([`${ORIGIN}/today`]);
    expect(kept("tasklane-assets-v1")).toEqual([`${ORIGIN}/_next/static/chunks/app.js`, `${ORIGIN}/icon.svg`]);
  });

  it("serves pages from the network when online, and the kept copy (else a notice) when offline", async () => {
    network.set(`${ORIGIN}/`, () => answer("<html>inbox v1</html>"));
    await keepPage("/", []);
    network.set(`${ORIGIN}/`, () => answer("<html>inbox v2</html>"));
    await expect((await request("/"))?.text()).resolves.toBe("<html>inbox v2</html>");
    // A page the app did not ask to keep (a signed-out one, a link with a token) is only passed through.
    network.set(`${ORIGIN}/upcoming`, () => answer("<html>upcoming</html>"));
    await expect((await request("/upcoming"))?.text()).resolves.toBe("<html>upcoming</html>");
    expect(kept("tasklane-pages-v1")).toEqual([`${ORIGIN}/`]);

    online = false;
    await expect((await request("/"))?.text()).resolves.toBe("<html>inbox v2</html>");
    const notice = await request("/upcoming");
    expect(notice?.status).toBe(503);
    await expect(notice?.text()).resolves.toContain("You're offline");
  });

  it("never keeps an API answer, a write, a redirect or an error page", async () => {
    network.set(`${ORIGIN}/`, () => answer("<html>inbox</html>"));
    await keepPage("/", []);
    await keepPage("/settings", []);
    await keepPage("/broken", []);
    await expect(request("/api/trpc/task.list", { navigate: false })).resolves.toBeUndefined();
    await expect(request("/api/health")).resolves.toBeUndefined();
    await expect(request("/", { method: "POST" })).resolves.toBeUndefined();

    network.set(`${ORIGIN}/settings`, () => answer("", { status: 0, type: "opaqueredirect" }));
    network.set(`${ORIGIN}/broken`, () => answer("oops", { status: 500 }));
    await request("/settings");
    await request("/broken");
    expect(kept("tasklane-pages-v1")).toEqual([`${ORIGIN}/`]);
  });

  it("forgets the kept pages when the sign-in page is opened (someone signed out)", async () => {
    network.set(`${ORIGIN}/`, () => answer("<html>inbox</html>"));
    await keepPage("/", []);
    await expect(request("/sign-in")).resolves.toBeUndefined();
    expect(await caches.has("tasklane-pages-v1")).toBe(false);
  });

  it("serves a kept asset without the network", async () => {
    network.set(`${ORIGIN}/_next/static/chunks/app.js`, () => answer("js"));
    await keepPage("/", [`${ORIGIN}/_next/static/chunks/app.js`]);
    online = false;
    fetched = [];
    await expect((await request("/_next/static/chunks/app.js", { navigate: false }))?.text()).resolves.toBe("js");
    expect(fetched).toEqual([]);
  });

  it("deletes its older caches when a new version activates, and no one else's", async () => {
    for (const name of ["tasklane-pages-v0", "tasklane-assets-v1", "someone-else"]) await caches.open(name);
    const waits: Promise<unknown>[] = [];
    handlers.get("activate")?.({ waitUntil: (work: Promise<unknown>) => void waits.push(work) });
    await Promise.all(waits);
    expect((await caches.keys()).sort()).toEqual(["someone-else", "tasklane-assets-v1"]);
  });
});
