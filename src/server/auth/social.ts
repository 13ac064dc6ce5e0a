import "server-only";
import { genericOAuth } from "better-auth/plugins";
import { env } from "@/env";

// OAuth sign-in. Each provider is on only when its client id and secret are configured; callback
// URLs are built by Better Auth from the base URL (BETTER_AUTH_URL), never a hard-coded host:
//   GitHub, Google:  <base URL>/api/auth/callback/<github|google>
//   OpenID Connect:  <base URL>/api/auth/callback/oidc
// genericOAuth registers its provider as one more social provider: sign-in starts at /sign-in/social
// for all three (this Better Auth has no /sign-in/oauth2 or /oauth2/callback endpoints).

export interface SignInProvider {
  id: string;
  name: string;
}

export const OIDC_PROVIDER_ID = "oidc";

export const socialProviders = {
  ...(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
    ? { github: { clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET } }
    : {}),
  ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
    ? { google: { clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET } }
    : {}),
};

/** Any OpenID Connect provider, through its discovery document; ID tokens are verified against its keys. */
export const oidcPlugins =
  env.OIDC_DISCOVERY_URL && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
    ? [
        genericOAuth({
          config: [
            {
              providerId: OIDC_PROVIDER_ID,
              name: env.OIDC_PROVIDER_NAME,
              discoveryUrl: env.OIDC_DISCOVERY_URL,
              clientId: env.OIDC_CLIENT_ID,
              clientSecret: env.OIDC_CLIENT_SECRET,
              scopes: ["openid", "email", "profile"],
              pkce: true,
            },
          ],
        }),
      ]
    : [];

/** The buttons the sign-in page shows: configured providers only. */
export function signInProviders(): SignInProvider[] {
  const providers: SignInProvider[] = [];
  if ("github" in socialProviders) providers.push({ id: "github", name: "GitHub" });
  if ("google" in socialProviders) providers.push({ id: "google", name: "Google" });
  if (oidcPlugins.length > 0) providers.push({ id: OIDC_PROVIDER_ID, name: env.OIDC_PROVIDER_NAME });
  return providers;
}
