"use client";

import { type FormEvent, useState } from "react";
import { z } from "zod/mini";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { type AuthClientError, describeAuthError, passwordErrorMessage } from "@/lib/auth-errors";
import { confirmPasswordSchema } from "@/lib/schemas/two-factor";

interface PasswordFormProps {
  /** The form's accessible name, e.g. "Turn off two-factor authentication". */
  label: string;
  submitLabel: string;
  pendingLabel: string;
  danger?: boolean;
  /** Calls Better Auth with the password; resolves with its error, or null once the caller has used the answer. */
  action(password: string): Promise<AuthClientError | null>;
}

/** A change that needs the password again. On failure the typed password stays, with the reason beside it. */
export function PasswordForm({ label, submitLabel, pendingLabel, danger = false, action }: PasswordFormProps) {
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = confirmPasswordSchema.safeParse({
      password: new FormData(event.currentTarget).get("password") ?? "",
    });
    if (!parsed.success) {
      const fields: Partial<Record<string, string[]>> = z.flattenError(parsed.error).fieldErrors;
      setFieldError(fields.password?.[0]);
      return;
    }
    setFieldError(undefined);
    setPending(true);
    const error = await action(parsed.data.password);
    setPending(false);
    if (!error) return;
    const passwordError = passwordErrorMessage(error);
    if (passwordError) setFieldError(passwordError);
    else setFormError(describeAuthError(error));
  }

  return (
    <form onSubmit={submit} noValidate aria-label={label} className="flex flex-col gap-3">
      <TextField
        label="Your password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError}
      />
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending} className={danger ? "bg-danger text-bg hover:opacity-90" : ""}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
