"use client";

import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { newPasswordErrorMessage, passwordErrorMessage } from "@/lib/auth-errors";
import { changePasswordSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/schemas/auth";
import { api } from "@/trpc/react";

export function PasswordForm() {
  const utils = api.useUtils();
  const [done, setDone] = useState<string | null>(null);
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: changePasswordSchema,
    afterSuccess: "stay",
    submit: ({ currentPassword, newPassword, revokeOtherSessions }) => {
      setDone(null);
      return authClient.changePassword({
        currentPassword,
        newPassword,
        revokeOtherSessions: revokeOtherSessions === "on",
      });
    },
    fieldErrorFor: (error) => {
      const current = passwordErrorMessage(error);
      if (current) return { currentPassword: current };
      const chosen = newPasswordErrorMessage(error);
      return chosen ? { newPassword: chosen } : null;
    },
    onSuccess: (_data, form) => {
      const othersSignedOut = new FormData(form).get("revokeOtherSessions") === "on";
      form.reset();
      void utils.session.list.invalidate();
      setDone(
        othersSignedOut
          ? "Your password has been changed, and your other sessions are signed out. API tokens, connected apps and calendar feeds made before it were removed."
          : "Your password has been changed. API tokens, connected apps and calendar feeds made before it were removed.",
      );
    },
  });

  return (
    <form {...formProps} aria-label="Change password" className="flex max-w-md flex-col gap-3">
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.currentPassword}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fieldErrors.newPassword}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="revokeOtherSessions" defaultChecked className="size-4" />
        Sign out my other sessions
      </label>
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="text-sm">
          {done}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
