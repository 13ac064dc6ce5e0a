import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const dataRoot = mkdtempSync(path.join(tmpdir(), "tasklane-pglite-"));
const pgliteDir = path.join(dataRoot, "nested", "pglite");
let app: AppServer | undefined;

afterAll(async () => {
  await app?.stop();
  rmSync(dataRoot, { recursive: true, force: true });
});

describe("embedded PGlite (no DATABASE_URL)", () => {
  // Two cold PGlite starts (initdb, migrations): slow on a busy machine.
  it("creates its folder, migrates itself, and keeps users signed in across a restart", {
    timeout: 120_000,
  }, async () => {
    app = await startApp({ PGLITE_DIR: pgliteDir });
    const browser = new HttpSession(app.url);
    const email = uniqueEmail("restart");
    expect((await browser.signUp({ name: "Margaret", email, password: "correct horse battery" })).status).toBe(200);
    expect(existsSync(`${pgliteDir}.lock`)).toBe(true);

    // SIGTERM: the app closes PGlite and releases its lock before exiting 0.
    expect((await app.terminate()).code).toBe(0);
    expect(existsSync(`${pgliteDir}.lock`)).toBe(false);
    // A process that died without cleanup (SIGKILL, a crash) leaves its lock: it must not block the restart.
    writeFileSync(`${pgliteDir}.lock`, String(spawnSync("true").pid));

    app = await startApp({ PGLITE_DIR: pgliteDir });
    // Same cookie, new process: the session and the user survived.
    const restarted = new HttpSession(app.url);
    const me = await fetch(`${app.url}/api/trpc/account.me`, {
      headers: { cookie: browser.cookieHeader() },
    });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ result: { data: { json: { email, name: "Margaret" } } } });
    expect((await restarted.query("account.me")).status).toBe(401);
  });
});
