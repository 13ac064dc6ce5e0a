import { describe, expect, it } from "vitest";
import { appDatabaseUrl, migrationDatabaseUrl, migrationDatabaseUrlSource } from "./urls";

const pooled = "postgres://app@ep-x-pooler.neon.tech/db";
const direct = "postgres://app@ep-x.neon.tech/db";
const legacyPooled = "postgres://legacy@ep-y-pooler.neon.tech/db";
const legacyDirect = "postgres://legacy@ep-y.neon.tech/db";

describe("appDatabaseUrl", () => {
  it("is DATABASE_URL, even when the aliases are set too", () => {
    expect(appDatabaseUrl({ DATABASE_URL: pooled, POSTGRES_URL: legacyPooled })).toBe(pooled);
  });

  it("falls back to POSTGRES_URL, never to a direct URL", () => {
    expect(appDatabaseUrl({ POSTGRES_URL: legacyPooled, DATABASE_URL_UNPOOLED: direct })).toBe(legacyPooled);
  });

  it("is undefined with nothing set (the embedded PGlite)", () => {
    expect(appDatabaseUrl({})).toBeUndefined();
  });
});

describe("migrationDatabaseUrl", () => {
  it("prefers DATABASE_URL_UNPOOLED over everything", () => {
    const all = {
      DATABASE_URL: pooled,
      DATABASE_URL_UNPOOLED: direct,
      POSTGRES_URL: legacyPooled,
      POSTGRES_URL_NON_POOLING: legacyDirect,
    };
    expect(migrationDatabaseUrl(all)).toBe(direct);
    expect(migrationDatabaseUrlSource(all)).toBe("DATABASE_URL_UNPOOLED");
  });

  it("takes POSTGRES_URL_NON_POOLING before any pooled URL", () => {
    const variables = { DATABASE_URL: pooled, POSTGRES_URL_NON_POOLING: legacyDirect };
    expect(migrationDatabaseUrl(variables)).toBe(legacyDirect);
    expect(migrationDatabaseUrlSource(variables)).toBe("POSTGRES_URL_NON_POOLING");
  });

  it("uses the app's URL when there is no direct one", () => {
    expect(migrationDatabaseUrl({ DATABASE_URL: pooled })).toBe(pooled);
    expect(migrationDatabaseUrl({ POSTGRES_URL: legacyPooled })).toBe(legacyPooled);
    expect(migrationDatabaseUrlSource({ POSTGRES_URL: legacyPooled })).toBe("POSTGRES_URL");
  });

  it("is undefined with nothing set", () => {
    expect(migrationDatabaseUrl({})).toBeUndefined();
    expect(migrationDatabaseUrlSource({})).toBeUndefined();
  });
});
