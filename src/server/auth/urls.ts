import "server-only";
import { env } from "@/env";

/**
 * The app's public origin: BETTER_AUTH_URL when set; on Vercel the production
 * domain (or the preview deployment's own URL); otherwise the local dev server.
 */
export function resolveBaseURL(): string {
  if (env.BETTER_AUTH_URL) return new URL(env.BETTER_AUTH_URL).origin;
  if (env.VERCEL) {
    const host = process.env.VERCEL_ENV === "production" ? env.VERCEL_PROJECT_PRODUCTION_URL : env.VERCEL_URL;
    if (host) return `https://${host}`;
  }
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}

/** Origins allowed to send mutations and auth requests: the app itself plus any configured extras. */
export function resolveTrustedOrigins(baseURL: string): string[] {
  const extra = (env.BETTER_AUTH_TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => new URL(origin).origin);
  const vercelPreview = env.VERCEL_URL ? [`https://${env.VERCEL_URL}`] : [];
  return [...new Set([baseURL, ...vercelPreview, ...extra])];
}

export const baseURL = resolveBaseURL();
export const trustedOrigins = resolveTrustedOrigins(baseURL);
