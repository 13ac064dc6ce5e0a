import "server-only";
import { env } from "@/env";

export interface VapidDetails {
  subject: string;
  publicKey: string;
  privateKey: string;
}

/** The VAPID keys when Web Push is configured (src/env.ts checks all three or none), else null. */
export function vapidFromEnv(): VapidDetails | null {
  const { VAPID_SUBJECT: subject, VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = env;
  return subject && publicKey && privateKey ? { subject, publicKey, privateKey } : null;
}
