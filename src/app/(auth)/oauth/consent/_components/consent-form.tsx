"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";
import { FormAlert } from "../../../_components/form-alert";

/**
 * Allow / Deny. The auth client adds the page's signed query to the request and follows the answer's
 * redirect (back to the app, with a code or with access_denied).
 */
export function ConsentForm() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function answer(accept: boolean) {
    setPending(true);
    setError(null);
    const result = await authClient.oauth2.consent({ accept });
    if (result.error) {
      setPending(false);
      setError("This request has expired or is not valid. Start again from the app.");
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={error} />
      <div className="flex gap-2">
        <Button disabled={pending} onClick={() => answer(true)}>
          Allow
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => answer(false)}>
          Deny
        </Button>
      </div>
    </div>
  );
}
