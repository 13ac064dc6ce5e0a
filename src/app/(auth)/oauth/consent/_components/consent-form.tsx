"use client";

import { useId, useState } from "react";
import { SignInAgain } from "@/components/forms/sign-in-again";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";
import { describeAuthError } from "@/lib/auth-errors";
import { SESSION_NOT_FRESH } from "@/lib/fresh-session";
import { pathKeepingOAuthQuery } from "@/lib/oauth-flow";
import { describeScopes } from "@/lib/oauth-scopes";
import { FormAlert } from "../../../_components/form-alert";

interface ConsentFormProps {
  /**
   * The request asks to read and change tasks: the scopes granted when the user unticks "Allow changes
   * to tasks" (sent as the consent's `scope`, a subset of the request). Null: no such choice.
   */
  readOnlyScope: string | null;
}

/**
 * Allow / Deny. The auth client adds the page's signed query to the request and follows the answer's
 * redirect (back to the app, with a code or with access_denied).
 */
export function ConsentForm({ readOnlyScope }: ConsentFormProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [allowChanges, setAllowChanges] = useState(true);
  const hintId = useId();

  async function answer(accept: boolean) {
    setPending(true);
    setError(null);
    const readOnly = accept && readOnlyScope !== null && !allowChanges;
    const result = await authClient.oauth2.consent(readOnly ? { accept, scope: readOnlyScope } : { accept });
    if (result.error) {
      setPending(false);
      // The page was opened with a recent sign-in that has since grown old.
      if (result.error.code === SESSION_NOT_FRESH) {
        setStale(true);
        return;
      }
      setError(
        result.error.status >= 500
          ? describeAuthError(result.error)
          : "This request has expired or is not valid. Start again from the app.",
      );
    }
  }

  if (stale) {
    return (
      <SignInAgain
        reason="For your security, sign in again to allow this app: it needs a sign-in in the last 15 minutes."
        signInPath={pathKeepingOAuthQuery("/sign-in", window.location.search, "/")}
      />
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={error} />
      {readOnlyScope !== null ? (
        <div className="flex flex-col gap-1">
          <label className="flex min-h-9 items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              name="allowChanges"
              checked={allowChanges}
              onChange={(event) => setAllowChanges(event.currentTarget.checked)}
              disabled={pending}
              aria-describedby={hintId}
              className="size-4 accent-accent"
            />
            Allow changes to tasks
          </label>
          <p id={hintId} className="pl-6 text-sm text-muted">
            {describeScopes(["tasks:write"])[0]}. Untick to let the app only read them.
          </p>
        </div>
      ) : null}
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
