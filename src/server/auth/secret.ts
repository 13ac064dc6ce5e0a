import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/env";

const DEV_SECRET_FILE = path.join(process.cwd(), ".data", "auth-secret");

/**
 * BETTER_AUTH_SECRET, or in development a random secret made once and kept in
 * .data/ so sessions survive restarts. env.ts already makes it required in production.
 */
export function resolveAuthSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("BETTER_AUTH_SECRET is required in production. Generate one with: openssl rand -base64 32");
  }
  const existing = readDevSecret();
  if (existing) return existing;
  mkdirSync(path.dirname(DEV_SECRET_FILE), { recursive: true });
  try {
    // "wx": if another process wrote one first, keep theirs.
    writeFileSync(DEV_SECRET_FILE, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    console.info(`[auth] generated a development secret in ${DEV_SECRET_FILE}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const created = readDevSecret();
  if (!created) throw new Error(`Could not read the development secret in ${DEV_SECRET_FILE}`);
  return created;
}

function readDevSecret(): string | null {
  try {
    return readFileSync(DEV_SECRET_FILE, "utf8").trim() || null;
  } catch {
    return null;
  }
}
