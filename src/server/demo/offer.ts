import "server-only";

interface OfferSettings {
  /** DEMO_ACCOUNT: "on" or "off" overrides the guess below (a self-hosted public demo says "on"). */
  demoAccount: "on" | "off" | undefined;
  /** VERCEL_ENV: "production", "preview" or "development" on Vercel; unset elsewhere. */
  vercelEnv: string | undefined;
  nodeEnv: "development" | "test" | "production";
}

/**
 * Whether this deployment may offer the demo account on the sign-in page. Vercel's previews run
 * with NODE_ENV=production too, so on Vercel its own VERCEL_ENV says which deployment this is.
 */
export function offersDemoAccount({ demoAccount, vercelEnv, nodeEnv }: OfferSettings): boolean {
  if (demoAccount) return demoAccount === "on";
  if (vercelEnv) return vercelEnv !== "production";
  return nodeEnv !== "production";
}
