import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { errorSummary } from "./error-summary";
import { createLogger, type LogThreshold } from "./logger";
import { redactText } from "./redact";

function capture(level: LogThreshold = "debug") {
  const lines: string[] = [];
  const logger = createLogger({ level, write: (line) => lines.push(line) });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, entries };
}

describe("logger", () => {
  it("writes one JSON object per line: time, level, msg, then the fields", () => {
    const { logger, lines, entries } = capture();
    logger.info("trpc call", {
      requestId: "3f1c2b1e-8d7a-4c55-9a1b-0c2d3e4f5a6b",
      userId: "u1",
      procedure: "task.list",
      type: "query",
      durationMs: 12.3,
      outcome: "ok",
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("\n")).toBe(true);
    expect(lines[0]?.trimEnd()).not.toContain("\n");
    const [entry] = entries();
    expect(Object.keys(entry ?? {}).slice(0, 3)).toEqual(["time", "level", "msg"]);
    expect(entry).toMatchObject({ level: "info", msg: "trpc call", procedure: "task.list", durationMs: 12.3 });
    expect(new Date(String(entry?.time)).toISOString()).toBe(entry?.time);
  });

  it("drops lines below its level, and everything when silent", () => {
    const warnOnly = capture("warn");
    warnOnly.logger.info("no");
    warnOnly.logger.warn("yes");
    warnOnly.logger.error("yes too");
    expect(warnOnly.entries().map((entry) => entry.level)).toEqual(["warn", "error"]);
    const silent = capture("silent");
    silent.logger.error("no");
    expect(silent.lines).toEqual([]);
  });

  it("never writes an email, a token, a cookie or a password", () => {
    const { logger, lines } = capture();
    const email = "margaret.hamilton@example.com";
    const jwt = "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl";
    logger.error("sign-in failed for margaret.hamilton@example.com", {
      error: `duplicate key (email)=(${email}) with Authorization: Bearer tl_secret_abc123`,
      nested: { email, cookie: "better-auth.session_token=abc", headers: { authorization: `Bearer ${jwt}` } },
      list: [`token ${jwt}`],
      password: "correct horse battery",
      accessToken: "tl_1234567890",
    });
    const text = lines.join("");
    for (const secret of [email, jwt, "tl_secret_abc123", "session_token=abc", "correct horse", "tl_1234567890"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("[email]");
  });

  it("masks each kind of secret on its own, whatever its case", () => {
    const { logger, lines } = capture();
    logger.info("alone", {
      bearer: "sent bearer tl_alone_secret",
      jwt: "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl",
      feed: "/api/calendar/tlcal_alonefeedtoken.ics",
      email: "ada@example.org",
      query: "Failed query: select 1\nparams: ada-secret-param",
    });
    const text = lines.join("");
    for (const secret of [
      "tl_alone_secret",
      "eyJhbGci",
      "tlcal_alonefeedtoken",
      "ada@example.org",
      "ada-secret-param",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("cannot be made to overwrite time, level or msg", () => {
    const { logger, entries } = capture();
    logger.warn("real", { level: "debug", msg: "forged", time: "yesterday" });
    expect(entries()[0]).toMatchObject({ level: "warn", msg: "real" });
    expect(entries()[0]?.time).not.toBe("yesterday");
  });
});

describe("errorSummary", () => {
  it("names each cause and keeps a failed query's SQL without its parameters", () => {
    const driverError = new Error('duplicate key value violates unique constraint "user_email_unique"');
    const failed = new DrizzleQueryError('insert into "user" ("email") values ($1)', ["ada@example.com"], driverError);
    const summary = errorSummary(new Error("wrapped", { cause: failed }));
    expect(summary.error).toContain('Failed query: insert into "user" ("email") values ($1)');
    expect(summary.error).toContain("user_email_unique");
    expect(JSON.stringify(summary)).not.toContain("ada@example.com");
    expect(summary.stack?.startsWith("at ")).toBe(true);
  });

  it("drops a failed query's parameters whatever class carries its message", () => {
    // Better Auth passes the adapter's failure along as a plain Error with Drizzle's wording.
    const token = "Qm9ndXMtc2Vzc2lvbi10b2tlbi0xMjM0NTY3OA";
    const passedOn = new Error(`Failed query: select * from "session" where "token" = $1\nparams: ${token}`);
    const summary = errorSummary(new Error("Failed to get session", { cause: passedOn }));
    expect(summary.error).toContain('where "token" = $1');
    expect(summary.error).not.toContain(token);
  });
});

describe("redactText", () => {
  it("drops query parameters from printed errors, up to the stack or the next cause", () => {
    const printed = [
      "Error: Failed query: select 1 where email = $1 and id = $2",
      "params: grace@example.com,abc123,1",
      "    at query (file.js:1:1)",
      "  [cause]: Error: connect ECONNREFUSED",
    ].join("\n");
    const text = redactText(printed);
    expect(text).not.toContain("abc123");
    expect(text).not.toContain("grace@example.com");
    expect(text).toContain("params: [not logged]");
    expect(text).toContain("at query (file.js:1:1)");
    expect(text).toContain("ECONNREFUSED");
  });

  it("masks a calendar feed's token in a printed URL", () => {
    const token = `tlcal_${"Ab3_-".repeat(8)}xyz`;
    expect(redactText(`GET /api/calendar/${token}.ics failed`)).toBe("GET /api/calendar/tlcal_[redacted].ics failed");
  });

  it("drops them when printed indented, as a cause inside an inspected error", () => {
    const printed = "  [cause]: Error: Failed query: select $1\n  params: 1,abc123,1\n      at query (file.js:1:1)";
    expect(redactText(printed)).toBe(
      "  [cause]: Error: Failed query: select $1\n  params: [not logged]\n      at query (file.js:1:1)",
    );
  });
});
