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

interface OriginSources {
  /** BETTER_AUTH_TRUSTED_ORIGINS: comma-separated origins. */
  extra?: string | undefined;
  /** This deployment's own Vercel hosts (VERCEL_URL, VERCEL_BRANCH_URL), never all of vercel.app. */
  vercelHosts?: readonly (string | undefined)[];
}

/**
 * Origins allowed to send mutations and auth requests: the app itself, this Vercel deployment's own
 * URLs, and any configured extras. A wildcard is refused: it would trust every site on a shared domain.
 */
export function resolveTrustedOrigins(baseURL: string, { extra = "", vercelHosts = [] }: OriginSources): string[] {
  const configured = extra
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of configured) {
    if (origin.includes("*")) {
      throw new Error(`BETTER_AUTH_TRUSTED_ORIGINS: "${origin}" has a wildcard; list each origin in full.`);
    }
  }
  const vercel = vercelHosts.filter((host): host is string => Boolean(host)).map((host) => `https://${host}`);
  return [...new Set([baseURL, ...vercel, ...configured].map((origin) => new URL(origin).origin))];
}

export const baseURL = resolveBaseURL();
export const trustedOrigins = resolveTrustedOrigins(baseURL, {
  extra: env.BETTER_AUTH_TRUSTED_ORIGINS,
  vercelHosts: [env.VERCEL_URL, env.VERCEL_BRANCH_URL],
});
