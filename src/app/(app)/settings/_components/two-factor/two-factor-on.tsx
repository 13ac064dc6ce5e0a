"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";
import { BackupCodes } from "./backup-codes";
import { PasswordForm } from "./password-form";

/** On: new backup codes (shown once) and turning it off, each behind the password. */
export function TwoFactorOn() {
  const router = useRouter();
  const [freshCodes, setFreshCodes] = useState<string[] | null>(null);

  return (
    <div className="flex max-w-md flex-col gap-6">
      <p className="text-sm">
        <span className="font-medium">On.</span> Signing in asks for a code from your authenticator app after your
        password.
      </p>
      <div className="flex flex-col gap-2">
        <h3 className="font-medium">New backup codes</h3>
        <p className="text-sm text-muted">
          Used or lost your backup codes? Get 10 new ones; the old ones stop working at once.
        </p>
        {freshCodes ? (
          <>
            <p role="status" className="text-sm font-medium">
              Your new backup codes. Save them now: they are shown only once.
            </p>
            <BackupCodes codes={freshCodes} />
            <div>
              <Button variant="secondary" onClick={() => setFreshCodes(null)}>
                Done
              </Button>
            </div>
          </>
        ) : (
          <PasswordForm
            label="New backup codes"
            submitLabel="New backup codes"
            pendingLabel="Making codes…"
            action={async (password) => {
              const { data, error } = await authClient.twoFactor.generateBackupCodes({ password });
              if (error) return error;
              if (!data) return { status: 500 };
              setFreshCodes(data.backupCodes);
              return null;
            }}
          />
        )}
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="font-medium">Turn off</h3>
        <p className="text-sm text-muted">Signing in will ask for your password only.</p>
        <PasswordForm
          label="Turn off two-factor authentication"
          submitLabel="Turn off"
          pendingLabel="Turning off…"
          danger
          action={async (password) => {
            const { error } = await authClient.twoFactor.disable({ password });
            if (error) return error;
            toast("Two-factor authentication is off.");
            router.refresh();
            return null;
          }}
        />
      </div>
    </div>
  );
}
