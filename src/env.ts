import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { assistantSettingIssue } from "./server/ai/model-choice";
import { appDatabaseUrl } from "./server/db/urls";
import { emailFrom, emailVerificationRequired, smtpUrl } from "./server/email/env-schema";
import { settingPairIssues } from "./server/env-pairs";

/**
 * Every environment variable the app reads, validated once at startup and at
 * build time (next.config.ts imports this file). Documented in .env.example.
 */
const isProduction = process.env.NODE_ENV === "production";
const onVercel = Boolean(process.env.VERCEL);

const secretHelp = "Generate one with: openssl rand -base64 32";

const authSecret = z
  .string({ error: `BETTER_AUTH_SECRET is required in production. ${secretHelp}` })
  .min(32, `BETTER_AUTH_SECRET must be at least 32 characters. ${secretHelp}`);

const databaseUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" });
const missingDatabaseOnVercel =
  "DATABASE_URL is not set. On Vercel, add the Neon integration (it sets DATABASE_URL) or set it by hand.";

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    // Without it (or its alias POSTGRES_URL) the app runs on embedded PGlite, which a serverless
    // deployment cannot keep: on Vercel one of them is required (checked below).
    DATABASE_URL: databaseUrl.optional(),
    DATABASE_URL_UNPOOLED: databaseUrl.optional(),
    // The aliases Neon's Vercel integration also sets; read only when the names above are unset.
    POSTGRES_URL: databaseUrl.optional(),
    POSTGRES_URL_NON_POOLING: databaseUrl.optional(),
    DATABASE_DRIVER: z.enum(["pglite", "pg", "neon"]).optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    BETTER_AUTH_SECRET: isProduction ? authSecret : authSecret.optional(),
    BETTER_AUTH_URL: z.url().optional(),
    BETTER_AUTH_TRUSTED_ORIGINS: z.string().optional(),
    EMAIL_VERIFICATION_REQUIRED: emailVerificationRequired(isProduction),
    // Both or neither: without them, mail goes to the email_outbox table (development, tests).
    SMTP_URL: smtpUrl,
    EMAIL_FROM: emailFrom,
    // Without SMTP, what the email_outbox table keeps: "full" messages (development, tests) or "redacted"
    // ones without their links (production's default: the links carry sign-in and reset tokens).
    EMAIL_OUTBOX: z.enum(["full", "redacted"]).default(isProduction ? "redacted" : "full"),
    // OAuth sign-in: each provider appears only when its client id and secret are both set.
    GITHUB_CLIENT_ID: z.string().optional(),
    GITHUB_CLIENT_SECRET: z.string().optional(),
    GOOGLE_CLIENT_ID: z.string().optional(),
    GOOGLE_CLIENT_SECRET: z.string().optional(),
    // Any OpenID Connect provider (Keycloak, Authentik, Okta, …) found through its discovery document.
    OIDC_DISCOVERY_URL: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_PROVIDER_NAME: z.string().min(1).default("Single sign-on"),
    // Web Push for reminders: all three or none (push is skipped without them). `npx web-push generate-vapid-keys`.
    VAPID_PUBLIC_KEY: z.string().min(1).optional(),
    VAPID_PRIVATE_KEY: z.string().min(1).optional(),
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/)/, "must be a mailto: address or an https:// URL")
      .optional(),
    // The bearer token Vercel Cron sends to /api/cron/reminders; required there in production.
    CRON_SECRET: z.string().min(16, `CRON_SECRET must be at least 16 characters. ${secretHelp}`).optional(),
    // The sign-in page's "Try the demo account" (npm run db:seed): on/off; unset, offered outside production.
    DEMO_ACCOUNT: z.enum(["on", "off"], { error: "DEMO_ACCOUNT must be on or off" }).optional(),
    // The AI assistant (/assistant): off without a key. ASSISTANT_MODEL names the Gemini model
    // (default gemini-2.5-flash), or "test-scripted" for the scripted test model (refused in production).
    GOOGLE_GENERATIVE_AI_API_KEY: z.string().min(1).optional(),
    ASSISTANT_MODEL: z.string().min(1).optional(),
    // Requests to /api/trpc per user (session or token) per minute, counted in the database; 0 turns it off
    // (benchmarks, load tests).
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().nonnegative().default(600),
    // Calls to /api/mcp per access token per minute (the same counter); 0 turns it off.
    MCP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().nonnegative().default(120),
    // Turns (messages or confirmation answers) posted to /api/assistant per user per minute (same counter).
    ASSISTANT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
    // How many proxies in front of the app append to X-Forwarded-For: the client is the address that many
    // places from its right. 0: the socket's address (the header is ignored). On Vercel the platform's header.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().nonnegative().max(10).default(0),
    // Live updates (sync.changes): "listen" holds one LISTEN connection per instance while a screen is open
    // (on Neon it keeps the compute awake); "poll" reads the feed's head every SYNC_POLL_MS instead.
    SYNC_MODE: z.enum(["listen", "poll"]).default("listen"),
    SYNC_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
    // How long one change stream stays open before it ends and the browser reconnects (resuming where it
    // was): under a serverless function's maximum duration on Vercel.
    SYNC_STREAM_MAX_SECONDS: z.coerce
      .number()
      .int()
      .positive()
      .default(onVercel ? 25 : 300),
    /** "1" turns on the benchmark's helpers (/api/bench/*, SQL statement counting). Never set in production. */
    BENCH: z.literal("1").optional(),
    // Required with BENCH: /api/bench/* answers only requests carrying it in X-Bench-Secret.
    BENCH_SECRET: z.string().min(16, `BENCH_SECRET must be at least 16 characters. ${secretHelp}`).optional(),
    // How long a process reuses a validated session before reading its row again (README, Security,
    // Sessions): a session revoked on another instance is accepted here that long at most; 0 reads it always.
    SESSION_CACHE_SECONDS: z.coerce.number().int().nonnegative().max(60).default(5),
    // JSON log lines from this level up; "silent" for none (the unit and integration tests).
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    VERCEL: z.string().optional(),
    VERCEL_GIT_COMMIT_SHA: z.string().optional(),
    /** production, preview or development: which kind of Vercel deployment this is. */
    VERCEL_ENV: z.enum(["production", "preview", "development"]).optional(),
    VERCEL_PROJECT_PRODUCTION_URL: z.string().optional(),
    VERCEL_URL: z.string().optional(),
    VERCEL_BRANCH_URL: z.string().optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  createFinalSchema: (shape) =>
    z.object(shape).check((ctx) => {
      if (onVercel && !appDatabaseUrl(ctx.value)) {
        ctx.issues.push({ code: "custom", input: ctx.value, path: ["DATABASE_URL"], message: missingDatabaseOnVercel });
      }
      for (const issue of settingPairIssues(ctx.value)) {
        ctx.issues.push({ code: "custom", input: ctx.value, path: [issue.path], message: issue.message });
      }
      const assistantIssue = assistantSettingIssue(ctx.value);
      if (assistantIssue)
        ctx.issues.push({ code: "custom", input: ctx.value, path: ["ASSISTANT_MODEL"], message: assistantIssue });
    }),
  skipValidation: process.env.SKIP_ENV_VALIDATION === "true",
  // Put every problem in the thrown message, where build and platform logs show it.
  onValidationError: (issues) => {
    const lines = issues.map((issue) => `- ${issue.path?.map(String).join(".") ?? "?"}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  },
});
