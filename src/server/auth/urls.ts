import "server-only";
import { env } from "@/env";

interface BaseURLSources {
  BETTER_AUTH_URL?: string | undefined;
  VERCEL?: string | undefined;
  /** production | preview | development, set by Vercel. */
  VERCEL_ENV?: string | undefined;
  VERCEL_PROJECT_PRODUCTION_URL?: string | undefined;
  VERCEL_URL?: string | undefined;
  VERCEL_BRANCH_URL?: string | undefined;
  PORT?: string | undefined;
}

/**
 * The app's public origin: BETTER_AUTH_URL when set; on Vercel, production uses the project's production
 * domain, a preview its branch URL (stable across pushes, so emailed links and an OAuth callback registered
 * for it keep working), else the deployment's own URL; otherwise the local server.
 */
export function resolveBaseURL(sources: BaseURLSources): string {
  if (sources.BETTER_AUTH_URL) return new URL(sources.BETTER_AUTH_URL).origin;
  if (sources.VERCEL) {
    const host =
      sources.VERCEL_ENV === "production"
        ? (sources.VERCEL_PROJECT_PRODUCTION_URL ?? sources.VERCEL_URL)
        : sources.VERCEL_ENV === "preview"
          ? (sources.VERCEL_BRANCH_URL ?? sources.VERCEL_URL)
          : undefined;
    if (host) return `https://${host}`;
  }
  return `http://localhost:${sources.PORT ?? "3000"}`;
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

export const baseURL = resolveBaseURL({ ...env, PORT: process.env.PORT });
export const trustedOrigins = resolveTrustedOrigins(baseURL, {
  extra: env.BETTER_AUTH_TRUSTED_ORIGINS,
  vercelHosts: [env.VERCEL_URL, env.VERCEL_BRANCH_URL],
});
