import { describe, expect, it } from "vitest";
import { resolveDatabaseConfig } from "./config";

const pgliteDir = ".data/pglite";

describe("resolveDatabaseConfig", () => {
  it("uses the embedded PGlite when no DATABASE_URL is set", () => {
    expect(resolveDatabaseConfig({ url: undefined, driver: undefined, pgliteDir })).toEqual({
      driver: "pglite",
      dataDir: pgliteDir,
    });
  });

  it("uses Neon's serverless Pool for a Neon host", () => {
    const url = "postgres://me:pw@ep-cool-darkness-123456.eu-central-1.aws.neon.tech/neondb?sslmode=require";
    expect(resolveDatabaseConfig({ url, driver: undefined, pgliteDir })).toEqual({ driver: "neon", url });
  });

  it("does not mistake a look-alike host for Neon", () => {
    const url = "postgres://me@notneon.tech.example.com/db";
    expect(resolveDatabaseConfig({ url, driver: undefined, pgliteDir }).driver).toBe("pg");
  });

  it("uses node-postgres for any other server", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/tasklane";
    expect(resolveDatabaseConfig({ url, driver: undefined, pgliteDir })).toEqual({ driver: "pg", url });
  });

  it("lets DATABASE_DRIVER override the guess", () => {
    const url = "postgres://postgres@127.0.0.1:5432/tasklane";
    expect(resolveDatabaseConfig({ url, driver: "neon", pgliteDir })).toEqual({ driver: "neon", url });
    expect(resolveDatabaseConfig({ url, driver: "pglite", pgliteDir })).toEqual({
      driver: "pglite",
      dataDir: pgliteDir,
    });
  });

  it("explains that a server driver needs a URL", () => {
    expect(() => resolveDatabaseConfig({ url: undefined, driver: "pg", pgliteDir })).toThrow(
      "DATABASE_DRIVER=pg needs DATABASE_URL to be set.",
    );
  });
});
