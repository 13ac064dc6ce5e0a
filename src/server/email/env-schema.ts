import { z } from "zod";

// The mail settings of src/env.ts, apart so that a unit test can check them without a process environment.

/** smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465 (TLS). */
export const smtpUrl = z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional();

/** The From address: "Tasklane <no-reply@example.com>" or a bare address. */
export const emailFrom = z
  .string()
  .refine(
    (value) => z.email().safeParse(/<([^<>]+)>\s*$/.exec(value)?.[1] ?? value.trim()).success,
    'must be an email address, optionally with a name: "Tasklane <no-reply@example.com>"',
  )
  .optional();

/**
 * "true" makes a verified email a condition of signing in. Unset: required in production builds (else
 * anyone can open an account with someone else's address and use it), not in development.
 */
export const emailVerificationRequired = (production: boolean) => z.stringbool().default(production);
