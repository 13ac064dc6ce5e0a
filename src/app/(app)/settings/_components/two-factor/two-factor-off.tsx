"use client";

import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { PasswordForm } from "./password-form";
import { TwoFactorSetup, type TwoFactorSetupData } from "./two-factor-setup";

/** Off: what two-factor is, and the password to start setting it up. */
export function TwoFactorOff() {
  const [setup, setSetup] = useState<TwoFactorSetupData | null>(null);

  if (setup) return <TwoFactorSetup setup={setup} onCancel={() => setSetup(null)} />;
  return (
    <div className="flex max-w-md flex-col gap-3">
      <p className="text-sm">
        <span className="font-medium">Off.</span> Turn it on and signing in asks, after your password, for a 6-digit
        code from an authenticator app on your phone. Someone who learns your password still cannot get in.
      </p>
      <PasswordForm
        label="Turn on two-factor authentication"
        submitLabel="Turn on"
        pendingLabel="Turning on…"
        action={async (password) => {
          const { data, error } = await authClient.twoFactor.enable({ password });
          if (error) return error;
          if (data?.method !== "totp") return { status: 500 };
          setSetup({ totpURI: data.totpURI, backupCodes: data.backupCodes });
          return null;
        }}
      />
    </div>
  );
}
