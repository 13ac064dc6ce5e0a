"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";
import { describeAuthError, describeOAuthError } from "@/lib/auth-errors";
import type { SignInProvider } from "@/server/auth/social";
import { FormAlert } from "./form-alert";

interface OAuthButtonsProps {
  providers: SignInProvider[];
  /** Where to go once signed in: a path on this site, already checked. */
  next: string;
  /** `?error=` from a provider's callback, shown above the buttons. */
  error?: string | null;
}

/**
 * "Continue with …" for each configured provider, then a divider before the password form.
 * Generic OIDC is registered by Better Auth as one more social provider, so every button
 * starts at /sign-in/social.
 */
export function OAuthButtons({ providers, next, error = null }: OAuthButtonsProps) {
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  useEffect(() => {
    // Back from the provider's page restores this page from the browser's cache, buttons still disabled.
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) setPendingId(null);
    };
    window.addEventListener("pageshow", reset);
    return () => window.removeEventListener("pageshow", reset);
  }, []);
  if (providers.length === 0) return null;

  async function continueWith(provider: SignInProvider) {
    setStartError(null);
    setPendingId(provider.id);
    // On success the client follows the provider's URL, so the page is left with the button still pending.
    const { error: failure } = await authClient.signIn.social({
      provider: provider.id,
      callbackURL: next,
      errorCallbackURL: "/sign-in",
    });
    if (failure) {
      setPendingId(null);
      setStartError(describeAuthError(failure));
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={startError ?? describeOAuthError(error)} />
      <ul className="flex flex-col gap-2" aria-label="Sign in with another account">
        {providers.map((provider) => (
          <li key={provider.id} className="flex flex-col">
            <Button
              variant="secondary"
              disabled={pendingId !== null}
              aria-busy={pendingId === provider.id}
              onClick={() => continueWith(provider)}
            >
              {pendingId === provider.id ? `Opening ${provider.name}…` : `Continue with ${provider.name}`}
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-3 text-xs text-muted">
        <span aria-hidden="true" className="h-px flex-1 bg-border" />
        or
        <span aria-hidden="true" className="h-px flex-1 bg-border" />
      </div>
    </div>
  );
}
