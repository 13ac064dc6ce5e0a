"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ChallengeForm, type ChallengeMethod } from "./challenge-form";

/** The code from the authenticator app, or, when the phone is not at hand, one of the backup codes. */
export function TwoFactorChallenge({ next, signInHref }: { next: string; signInHref: string }) {
  const [method, setMethod] = useState<ChallengeMethod>("totp");
  return (
    <div className="flex flex-col gap-4">
      {/* A new form per method: its field, errors and focus start afresh. */}
      <ChallengeForm key={method} method={method} next={next} signInHref={signInHref} />
      <div>
        <Button variant="ghost" className="-ml-4" onClick={() => setMethod(method === "totp" ? "backup" : "totp")}>
          {method === "totp" ? "Use a backup code instead" : "Use your authenticator app instead"}
        </Button>
      </div>
    </div>
  );
}
