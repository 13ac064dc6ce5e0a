import { describe, expect, it } from "vitest";
import { authorizeCron } from "./authorize";

const secret = "a-cron-secret-of-some-length";

describe("authorizeCron", () => {
  it("accepts the configured bearer secret", () => {
    expect(authorizeCron(`Bearer ${secret}`, { secret, nodeEnv: "production" })).toEqual({ ok: true });
  });

  it.each([null, "", `Bearer ${secret}x`, secret, `bearer ${secret}`])("refuses %j with 401", (header) => {
    expect(authorizeCron(header, { secret, nodeEnv: "production" })).toMatchObject({ ok: false, status: 401 });
  });

  it("answers 503 in production when no secret is configured", () => {
    expect(authorizeCron(`Bearer ${secret}`, { secret: undefined, nodeEnv: "production" })).toMatchObject({
      ok: false,
      status: 503,
    });
  });

  it.each(["development", "test"] as const)("runs without a secret in %s", (nodeEnv) => {
    expect(authorizeCron(null, { secret: undefined, nodeEnv })).toEqual({ ok: true });
  });
});
