"use client";

import { useRouter } from "next/navigation";
import { useForm } from "@/components/forms/use-form";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { codeErrorMessage } from "@/lib/auth-errors";
import { confirmTotpSchema, TOTP_CODE_TYPED_MAX } from "@/lib/schemas/two-factor";

/** The last setup step: a code from the app proves it holds the key; only then is two-factor on. */
export function ConfirmCodeForm() {
  const router = useRouter();
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: confirmTotpSchema,
    submit: ({ code }) => authClient.twoFactor.verifyTotp({ code }),
    fieldErrorFor: (error) => {
      const message = codeErrorMessage(error);
      return message ? { code: message } : null;
    },
    onSuccess: () => {
      toast("Two-factor authentication is on.");
      router.refresh();
    },
  });

  return (
    <form {...formProps} aria-label="Confirm two-factor authentication" className="flex flex-col gap-3">
      <TextField
        label="6-digit code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]*"
        maxLength={TOTP_CODE_TYPED_MAX}
        required
        hint="The code your authenticator app shows now for Tasklane."
        error={fieldErrors.code}
      />
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Checking…" : "Confirm and turn on"}
        </Button>
      </div>
    </form>
  );
}
