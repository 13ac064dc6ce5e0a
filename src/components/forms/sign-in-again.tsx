"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";

/**
 * The answer to SESSION_NOT_FRESH (changing the email, creating an API token, allowing an app): says why,
 * then signs out and opens `signInPath` (the sign-in page, with where to come back to do it again).
 */
export function SignInAgain({ reason, signInPath }: { reason: string; signInPath: string }) {
  const [busy, setBusy] = useState(false);

  async function signInAgain() {
    setBusy(true);
    await authClient.signOut();
    window.location.assign(signInPath);
  }

  return (
    <div role="alert" className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm">
      <p>{reason}</p>
      <div>
        <Button onClick={() => void signInAgain()} disabled={busy}>
          {busy ? "Signing out…" : "Sign in again"}
        </Button>
      </div>
    </div>
  );
}
