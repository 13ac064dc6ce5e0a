"use client";

import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { emailOnlySchema } from "@/lib/schemas/auth";
import { FormAlert } from "../../_components/form-alert";
import { FormSuccess } from "../../_components/form-success";

export function ForgotPasswordForm() {
  const [sent, setSent] = useState(false);
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: emailOnlySchema,
    // The same answer whether or not the account exists: the page must not reveal who has one.
    submit: (input) => authClient.requestPasswordReset({ email: input.email, redirectTo: "/reset-password" }),
    onSuccess: () => setSent(true),
  });

  if (sent) {
    return (
      <FormSuccess title="Check your inbox">
        <p>If an account exists for that email, we sent it a link to reset your password. The link works for 1 hour.</p>
      </FormSuccess>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Reset password">
      <FormAlert message={formError} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
