"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { BackupCodes } from "./backup-codes";
import { ConfirmCodeForm } from "./confirm-code-form";
import { SetupKey } from "./setup-key";
import { TotpQrCode } from "./totp-qr-code";

export interface TwoFactorSetupData {
  totpURI: string;
  backupCodes: string[];
}

/** Scan (or type the key), save the backup codes, confirm with a code. Cancel leaves two-factor off. */
export function TwoFactorSetup({ setup, onCancel }: { setup: TwoFactorSetupData; onCancel(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The password form this replaces is gone: start reading (and tabbing) from the new steps.
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="flex max-w-md flex-col gap-4">
      <h3 ref={heading} tabIndex={-1} className="font-medium outline-none">
        Set up your authenticator app
      </h3>
      <ol className="flex list-decimal flex-col gap-6 pl-5 text-sm">
        <li className="space-y-3">
          <p>Scan this QR code with an authenticator app (Google Authenticator, 1Password, Authy…).</p>
          <TotpQrCode uri={setup.totpURI} />
          <p>Cannot scan it? Type this key into the app instead.</p>
          <SetupKey totpURI={setup.totpURI} />
        </li>
        <li className="space-y-3">
          <p>
            Save these backup codes somewhere safe. Each one signs you in once if you lose your phone. They are shown
            only now.
          </p>
          <BackupCodes codes={setup.backupCodes} />
        </li>
        <li className="space-y-3">
          <p>Enter the code the app shows, to check that it works.</p>
          <ConfirmCodeForm />
        </li>
      </ol>
      <div>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
