import { beforeAll, describe, expect, it } from "vitest";
import { pageRoutes, routeHandlers } from "~tests/setup/app-routes";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();
let browser: HttpSession;

beforeAll(async () => {
  browser = new HttpSession(app.url);
  await browser.signUp({ name: "Hedda", email: uniqueEmail("headers"), password: "correct horse battery" });
});

/** A URL for a route pattern found on disk: a made-up id for a dynamic segment (a 404 is a response too). */
function urlFor(route: string): string {
  if (route === "/api/trpc/[trpc]") return `/api/trpc/task.list?input=${encodeURIComponent('{"json":{}}')}`;
  if (route === "/api/auth/[...all]") return "/api/auth/get-session";
  return route.replace(/\[[^\]]+\]/g, "00000000-0000-4000-8000-000000000000");
}

// Every page and route handler of the app (found on disk, so a new one is checked without listing it),
// plus what no file names: a 404, a static asset.
const ROUTES = [...pageRoutes(), ...routeHandlers(), "/no-such-page", "/icon.svg"].map((route) => [
  route,
  urlFor(route),
]);

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("security headers", () => {
  it("are checked on every route the app has", () => {
    expect(ROUTES.length).toBeGreaterThan(30);
    expect(ROUTES.map(([route]) => route)).toEqual(expect.arrayContaining(["/", "/api/trpc/[trpc]", "/api/health"]));
  });

  it.each(ROUTES)("%s has the security headers and no X-Powered-By", async (_route, path) => {
    const response = await browser.request(path);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    // next start runs with NODE_ENV=production.
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it.each([
    ["/sign-in", "signed out"],
    ["/", "signed in"],
    ["/settings", "signed in"],
  ])("%s (%s) has a CSP with a fresh nonce, carried by its scripts", async (path, who) => {
    const visitor = who === "signed in" ? browser : new HttpSession(app.url);
    const first = await visitor.request(path);
    const second = await visitor.request(path);
    expect(first.status).toBe(200);
    const policy = first.headers.get("content-security-policy");
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const nonce = nonceOf(policy);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);

    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });
});
