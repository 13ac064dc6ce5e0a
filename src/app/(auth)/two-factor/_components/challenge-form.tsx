"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { codeErrorMessage, isExpiredChallenge } from "@/lib/auth-errors";
import { isAuthClientRedirect } from "@/lib/oauth-flow";
import {
  BACKUP_CODE_TYPED_MAX,
  backupCodeChallengeSchema,
  TOTP_CODE_TYPED_MAX,
  totpChallengeSchema,
} from "@/lib/schemas/two-factor";
import { FormAlert } from "../../_components/form-alert";
import { TextLink } from "../../_components/text-link";

export type ChallengeMethod = "totp" | "backup";

const TOTP_FIELD = {
  label: "6-digit code",
  hint: "From your authenticator app (Google Authenticator, 1Password, Authy…).",
  inputMode: "numeric",
  autoComplete: "one-time-code",
  pattern: "[0-9 ]*",
  maxLength: TOTP_CODE_TYPED_MAX,
} as const;

const BACKUP_FIELD = {
  label: "Backup code",
  hint: "One of the 10 codes you saved when you turned on two-factor authentication. Each works once.",
  inputMode: "text",
  autoComplete: "off",
  autoCapitalize: "none",
  spellCheck: false,
  maxLength: BACKUP_CODE_TYPED_MAX,
} as const;

interface ChallengeFormProps {
  method: ChallengeMethod;
  /** Where to go once signed in, already checked to be a path on this site. */
  next: string;
  /** Sign-in again when the challenge has expired (with the authorization request, if in one). */
  signInHref: string;
}

export function ChallengeForm({ method, next, signInHref }: ChallengeFormProps) {
  const router = useRouter();
  const [expired, setExpired] = useState(false);
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: method === "totp" ? totpChallengeSchema : backupCodeChallengeSchema,
    submit: ({ code, trustDevice }) => {
      const input = { code, trustDevice: trustDevice === "on" };
      return method === "totp" ? authClient.twoFactor.verifyTotp(input) : authClient.twoFactor.verifyBackupCode(input);
    },
    fieldErrorFor: (error) => {
      const message = codeErrorMessage(error);
      return message ? { code: message } : null;
    },
    onError: (error) => setExpired(isExpiredChallenge(error)),
    onSuccess: (data) => {
      // Within an MCP client's authorization (this page's signed query, sent by the auth client), the
      // server resumed it: the auth client is already on its way to consent or back to the client.
      if (isAuthClientRedirect(data)) return;
      // After an email link or a provider within an authorization, `next` resumes it at the server's
      // endpoint: a page load, not a route of the app's router.
      if (next.startsWith("/api/")) {
        window.location.assign(next);
        return;
      }
      router.replace(next);
      router.refresh();
    },
  });
  const { label, hint, ...field } = method === "totp" ? TOTP_FIELD : BACKUP_FIELD;

  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Enter your code">
      <FormAlert message={formError} />
      {expired ? (
        <p className="text-sm">
          <TextLink href={signInHref}>Sign in again</TextLink>
        </p>
      ) : null}
      <TextField
        label={label}
        name="code"
        required
        // The page exists to take this one code; the toggle swaps the field and focuses the new one.
        autoFocus
        hint={hint}
        error={fieldErrors.code}
        {...field}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="trustDevice" className="size-4 accent-accent" />
        Trust this device for 30 days
      </label>
      <Button type="submit" disabled={pending || expired}>
        {pending ? "Checking…" : "Verify"}
      </Button>
    </form>
  );
}
