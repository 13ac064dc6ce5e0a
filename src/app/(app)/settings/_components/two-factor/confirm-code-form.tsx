"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { z } from "zod/mini";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { codeErrorMessage, describeAuthError } from "@/lib/auth-errors";
import { confirmTotpSchema } from "@/lib/schemas/two-factor";

/** The last setup step: a code from the app proves it holds the key; only then is two-factor on. */
export function ConfirmCodeForm() {
  const router = useRouter();
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = confirmTotpSchema.safeParse({ code: new FormData(event.currentTarget).get("code") ?? "" });
    if (!parsed.success) {
      const fields: Partial<Record<string, string[]>> = z.flattenError(parsed.error).fieldErrors;
      setFieldError(fields.code?.[0]);
      return;
    }
    setFieldError(undefined);
    setPending(true);
    const { error } = await authClient.twoFactor.verifyTotp({ code: parsed.data.code });
    if (!error) {
      // A plain toast: richColors' green success text is below 4.5:1 on its background.
      toast("Two-factor authentication is on.");
      router.refresh();
      return;
    }
    setPending(false);
    const codeError = codeErrorMessage(error);
    if (codeError) setFieldError(codeError);
    else setFormError(describeAuthError(error));
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Confirm two-factor authentication" className="flex flex-col gap-3">
      <TextField
        label="6-digit code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]*"
        maxLength={7}
        required
        hint="The code your authenticator app shows now for Tasklane."
        error={fieldError}
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
