"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";

/** Signs out and opens the sign-in page, which brings the user back to Settings afterwards. */
export function SignInAgainButton() {
  const [busy, setBusy] = useState(false);

  async function signInAgain() {
    setBusy(true);
    await authClient.signOut();
    window.location.assign("/sign-in?next=/settings");
  }

  return (
    <Button onClick={() => void signInAgain()} disabled={busy}>
      {busy ? "Signing out…" : "Sign in again"}
    </Button>
  );
}
