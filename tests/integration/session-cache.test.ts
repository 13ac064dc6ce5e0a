import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auth } from "@/server/auth/auth";
import { forgetCachedSessions, SESSION_CACHE_TTL_MS } from "@/server/auth/session-cache";
import type { Database } from "@/server/db/client";
import { session as sessionTable } from "@/server/db/schema";
import { createContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";
import { setupTestDatabase } from "~tests/setup/test-database";
import { codeOf } from "~tests/setup/trpc";

// Better Auth and the HTTP context work on the process database; in this file, that is the file's test database.
const processDb = vi.hoisted(() => ({ current: null as Database | null }));
vi.mock("@/server/db", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/db")>();
  const db = new Proxy({} as Database, {
    get(_target, property) {
      if (!processDb.current) throw new Error("the test database is not open yet");
      const real = processDb.current;
      const value: unknown = Reflect.get(real, property, real);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });
  return { ...original, db };
});

const database = setupTestDatabase();
beforeAll(() => {
  processDb.current = database.db;
});
beforeEach(() => forgetCachedSessions());
afterEach(() => vi.useRealTimers());

/** A new account signed in through Better Auth: the Cookie header its browser would send. */
async function signedInBrowser(): Promise<{ cookie: Headers; userId: string }> {
  const { headers, response } = await auth.api.signUpEmail({
    body: { name: "Cached", email: `cached-${randomUUID()}@example.test`, password: "a long enough password" },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { cookie: new Headers({ cookie }), userId: response.user.id };
}

/** Who the HTTP context says the request is, and how many SQL statements it took to find out. */
async function whoAmI(headers: Headers) {
  const { result, statements } = await database.countStatements(() => createContext({ headers }));
  return { userId: result.identity?.user.id ?? null, statements };
}

describe("session cache (the HTTP context)", () => {
  it("reads a session's row once for requests that arrive together, as a page's parallel requests do", async () => {
    const { cookie, userId } = await signedInBrowser();
    const alone = await whoAmI(cookie);
    forgetCachedSessions();
    const { result, statements } = await database.countStatements(() =>
      Promise.all(Array.from({ length: 8 }, () => createContext({ headers: cookie }))),
    );
    expect(result.map((context) => context.identity?.user.id)).toEqual(Array(8).fill(userId));
    expect(statements).toBe(alone.statements);
  });

  it("reads a session's row once, and not again within the TTL", async () => {
    const { cookie, userId } = await signedInBrowser();
    const first = await whoAmI(cookie);
    expect(first).toMatchObject({ userId });
    expect(first.statements).toBeGreaterThan(0);
    expect(await whoAmI(cookie)).toEqual({ userId, statements: 0 });
    expect(await whoAmI(cookie)).toEqual({ userId, statements: 0 });
  });

  it("refuses a signed-out session at once in the process that signed it out", async () => {
    const { cookie, userId } = await signedInBrowser();
    expect((await whoAmI(cookie)).userId).toBe(userId);
    await auth.api.signOut({ headers: cookie });
    expect((await whoAmI(cookie)).userId).toBeNull();
  });

  it("refuses a session revoked from the sessions page (session.revoke) at once", async () => {
    const browser = await signedInBrowser();
    const other = await signedInBrowser();
    expect((await whoAmI(browser.cookie)).userId).toBe(browser.userId);
    expect((await whoAmI(other.cookie)).userId).toBe(other.userId);
    const [row] = await database.db
      .select({ id: sessionTable.id })
      .from(sessionTable)
      .where(eq(sessionTable.userId, browser.userId));
    if (!row) throw new Error("no session row");
    // Revoked through another request's context, as the sessions page does.
    const caller = createCaller(await createContext({ headers: browser.cookie }));
    await caller.session.revoke({ id: row.id });
    expect((await whoAmI(browser.cookie)).userId).toBeNull();
    expect((await whoAmI(other.cookie)).userId).toBe(other.userId);
  });

  it("shows a change of the user's settings at once (the cached session carries the user)", async () => {
    const { cookie } = await signedInBrowser();
    const before = await createContext({ headers: cookie });
    await createCaller(before).account.update({ timeZone: "Asia/Tokyo" });
    const after = await createContext({ headers: cookie });
    expect(after.identity?.user.timeZone).toBe("Asia/Tokyo");
  });

  it("a recent sign-in is judged by the session's row, not by its cached copy", async () => {
    const { cookie, userId } = await signedInBrowser();
    const cached = await createContext({ headers: cookie });
    // As if the sign-in were 16 minutes old: the cached copy still says it is fresh.
    await database.db
      .update(sessionTable)
      .set({ createdAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(sessionTable.userId, userId));
    const again = await createContext({ headers: cookie });
    expect(again.identity?.signedInAt).toEqual(cached.identity?.signedInAt);
    const refused = createCaller(again).accessToken.create({ name: "late", expiresInDays: 30 });
    expect(await codeOf(refused)).toBe("FORBIDDEN");
  });

  it("a session deleted elsewhere (another instance) is accepted for at most the TTL", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { cookie, userId } = await signedInBrowser();
    expect((await whoAmI(cookie)).userId).toBe(userId);
    // Not through this process's code: as another instance's revocation looks from here.
    await database.db.delete(sessionTable).where(eq(sessionTable.userId, userId));
    vi.setSystemTime(Date.now() + SESSION_CACHE_TTL_MS - 1);
    expect(await whoAmI(cookie)).toEqual({ userId, statements: 0 });
    vi.setSystemTime(Date.now() + 1);
    expect((await whoAmI(cookie)).userId).toBeNull();
  });
});
