import { TwoFactorOff } from "./two-factor-off";
import { TwoFactorOn } from "./two-factor-on";

/** Settings › Two-factor authentication: set it up, or, once on, new backup codes and turning it off. */
export function TwoFactorSection({ enabled }: { enabled: boolean }) {
  return (
    <section aria-labelledby="settings-two-factor" className="flex flex-col gap-3">
      <h2 id="settings-two-factor" className="text-lg font-semibold">
        Two-factor authentication
      </h2>
      {enabled ? <TwoFactorOn /> : <TwoFactorOff />}
    </section>
  );
}
