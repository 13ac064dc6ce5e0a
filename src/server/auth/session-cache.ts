import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/env";
import type { Session } from "./auth";

/**
 * How long a validated session is reused in this process before its row is read again (SESSION_CACHE_SECONDS,
 * 5 s unless set). A session revoked by another instance (another serverless function, another replica) is
 * still accepted here for at most this long; on the instance that revoked it, it stops at once
 * (forgetCachedSessions). 0 turns the cache off.
 */
export const SESSION_CACHE_TTL_MS = env.SESSION_CACHE_SECONDS * 1000;

/** Sessions remembered at most; the least recently used goes first. */
export const SESSION_CACHE_MAX_ENTRIES = 1_000;

interface Entry<T> {
  value: T;
  expiresAt: number;
}

export interface SessionCache<T> {
  /**
   * The cached value for `token`, else `load()`'s (kept when not null and no forget() ran meanwhile). Reads
   * of one token while its load is under way wait for that load instead of starting their own.
   */
  read(token: string, load: () => Promise<T | null>): Promise<T | null>;
  /** Drops every entry; loads already under way are not kept. */
  forget(): void;
  readonly size: number;
}

export interface SessionCacheOptions<T> {
  ttlMs: number;
  maxEntries: number;
  /** When the value itself stops being valid (the session's expiry), in epoch milliseconds. */
  validUntil: (value: T) => number;
  now?: () => number;
}

/** Keys are SHA-256 digests: the cache never holds a usable token. */
function keyOf(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A small LRU of validated sessions keyed by a hash of their token, each kept `ttlMs` at most. */
export function createSessionCache<T>(options: SessionCacheOptions<T>): SessionCache<T> {
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, Entry<T>>();
  // The load under way per key: when an entry expires, a signed-in page's parallel requests (the page, its
  // prefetches, its tRPC calls) would otherwise each read the session's row at the same moment.
  const loading = new Map<string, Promise<T | null>>();
  // Bumped by forget(): a load that started before a revocation must not store what it read, nor be shared.
  let generation = 0;

  function keep(key: string, value: T): void {
    const expiresAt = Math.min(now() + options.ttlMs, options.validUntil(value));
    if (expiresAt <= now()) return;
    entries.set(key, { value, expiresAt });
    for (const oldest of entries.keys()) {
      if (entries.size <= options.maxEntries) break;
      entries.delete(oldest);
    }
  }

  return {
    read(token, load) {
      const key = keyOf(token);
      const cached = entries.get(key);
      if (cached && cached.expiresAt > now()) {
        // Map order is insertion order: re-inserting marks it most recently used.
        entries.delete(key);
        entries.set(key, cached);
        return Promise.resolve(cached.value);
      }
      if (cached) entries.delete(key);
      const underWay = loading.get(key);
      if (underWay) return underWay;
      const started = generation;
      const loaded = load().then(
        (value) => {
          if (started !== generation) return value;
          loading.delete(key);
          if (value !== null) keep(key, value);
          return value;
        },
        (error: unknown) => {
          if (started === generation) loading.delete(key);
          throw error;
        },
      );
      loading.set(key, loaded);
      return loaded;
    },
    forget() {
      generation += 1;
      entries.clear();
      loading.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

// One cache per process, on globalThis: route handlers, pages and Better Auth's endpoints are separate
// bundles, and a revocation in any of them must clear the cache every one of them reads.
const globalForSessions = globalThis as typeof globalThis & { tasklaneSessionCache?: SessionCache<Session> };

/** This process's cache of validated Better Auth sessions (read through readSession). */
export function processSessionCache(): SessionCache<Session> {
  globalForSessions.tasklaneSessionCache ??= createSessionCache<Session>({
    ttlMs: SESSION_CACHE_TTL_MS,
    maxEntries: SESSION_CACHE_MAX_ENTRIES,
    validUntil: (found) => new Date(found.session.expiresAt).getTime(),
  });
  return globalForSessions.tasklaneSessionCache;
}

/**
 * Call after anything that ends or changes sessions or their users outside Better Auth's endpoints
 * (those clear it themselves: forgetSessionsOnAuthChanges): every request after it reads the database.
 */
export function forgetCachedSessions(): void {
  processSessionCache().forget();
}
