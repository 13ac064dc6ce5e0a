"use client";

import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { PASSWORD_MIN_LENGTH, resetPasswordSchema } from "@/lib/schemas/auth";
import { FormAlert } from "../../_components/form-alert";
import { FormSuccess } from "../../_components/form-success";
import { TextLink } from "../../_components/text-link";

/** `token`: from the emailed link; Better Auth spends it on success. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: resetPasswordSchema,
    submit: (input) => authClient.resetPassword({ newPassword: input.password, token }),
    onSuccess: () => setDone(true),
  });

  if (done) {
    return (
      <FormSuccess title="Your password is changed">
        <p>
          Every session of your account was signed out, and its API tokens, connected apps and calendar feeds were
          removed.
        </p>
        <p>
          <TextLink href="/sign-in">Sign in with your new password</TextLink>
        </p>
      </FormSuccess>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Choose a new password">
      <FormAlert message={formError} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fieldErrors.password}
      />
      <TextField
        label="Repeat the new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldErrors.confirmPassword}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
