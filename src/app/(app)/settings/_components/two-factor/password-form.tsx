"use client";

import { CurrentPasswordField } from "@/components/forms/current-password-field";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { type AuthClientError, passwordErrorMessage } from "@/lib/auth-errors";
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
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: confirmPasswordSchema,
    submit: async ({ password }) => ({ error: await action(password) }),
    fieldErrorFor: (error) => {
      const message = passwordErrorMessage(error);
      return message ? { password: message } : null;
    },
    afterSuccess: "stay",
    onSuccess: () => {},
  });

  return (
    <form {...formProps} aria-label={label} className="flex flex-col gap-3">
      <CurrentPasswordField error={fieldErrors.password} />
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
