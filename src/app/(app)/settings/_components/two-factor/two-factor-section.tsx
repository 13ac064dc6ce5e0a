import Link from "next/link";
import { TwoFactorOff } from "./two-factor-off";
import { TwoFactorOn } from "./two-factor-on";

/** Settings › Two-factor authentication: set it up, or, once on, new backup codes and turning it off. */
export function TwoFactorSection({ enabled, hasPassword }: { enabled: boolean; hasPassword: boolean }) {
  return (
    <section aria-labelledby="settings-two-factor" className="flex flex-col gap-3">
      <h2 id="settings-two-factor" className="text-lg font-semibold">
        Two-factor authentication
      </h2>
      {enabled ? (
        <TwoFactorOn />
      ) : hasPassword ? (
        <TwoFactorOff />
      ) : (
        // Turning it on (and off) is confirmed with the password.
        <p className="text-sm text-muted">
          Two-factor authentication needs a password to confirm changes. Set one first with{" "}
          <Link href="/forgot-password" className="font-medium text-accent underline-offset-4 hover:underline">
            Forgot password
          </Link>
          .
        </p>
      )}
    </section>
  );
}
