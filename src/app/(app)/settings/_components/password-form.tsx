"use client";

import { type FormEvent, useState } from "react";
import { z } from "zod/mini";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { changePasswordSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/schemas/auth";
import { api } from "@/trpc/react";

type FieldErrors = { currentPassword?: string | undefined; newPassword?: string | undefined };

/** Better Auth's codes for a refused change, in the user's words. */
function describeFailure(
  code: string | undefined,
  message: string | undefined,
): { field?: keyof FieldErrors; text: string } {
  if (code === "INVALID_PASSWORD") return { field: "currentPassword", text: "That is not your current password." };
  if (code === "PASSWORD_TOO_SHORT")
    return { field: "newPassword", text: `Use at least ${PASSWORD_MIN_LENGTH} characters.` };
  if (code === "PASSWORD_TOO_LONG")
    return { field: "newPassword", text: `Use at most ${PASSWORD_MAX_LENGTH} characters.` };
  return { text: message ?? "Your password was not changed. Try again." };
}

export function PasswordForm() {
  const utils = api.useUtils();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const parsed = changePasswordSchema.safeParse({
      currentPassword: form.get("currentPassword") ?? "",
      newPassword: form.get("newPassword") ?? "",
      revokeOtherSessions: form.get("revokeOtherSessions") === "on",
    });
    setFormError(null);
    setDone(null);
    if (!parsed.success) {
      const fields: Partial<Record<string, string[]>> = z.flattenError(parsed.error).fieldErrors;
      setErrors({ currentPassword: fields.currentPassword?.[0], newPassword: fields.newPassword?.[0] });
      return;
    }
    setErrors({});
    setBusy(true);
    const { error } = await authClient.changePassword(parsed.data);
    setBusy(false);
    if (error) {
      const failure = describeFailure(error.code, error.message);
      if (failure.field) setErrors({ [failure.field]: failure.text });
      else setFormError(failure.text);
      return;
    }
    formElement.reset();
    void utils.session.list.invalidate();
    const message = parsed.data.revokeOtherSessions
      ? "Your password has been changed, and your other sessions are signed out."
      : "Your password has been changed.";
    setDone(message);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex max-w-md flex-col gap-3">
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
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
        error={errors.newPassword}
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
        <Button type="submit" disabled={busy}>
          {busy ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
