"use client";

import { TRPCClientError } from "@trpc/client";
import { type FormEvent, useState, useTransition } from "react";
import { z } from "zod/mini";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { SignInAgain } from "@/components/forms/sign-in-again";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { DELETE_ACCOUNT_CONFIRMATION, deleteAccountInput, SIGN_IN_AGAIN_TO_DELETE } from "@/lib/schemas/account";
import { api } from "@/trpc/react";
import { signOut } from "../../_components/sign-out";

type FieldErrors = { password?: string | undefined; confirmation?: string | undefined };

function fieldErrorsOf(error: z.core.$ZodError): FieldErrors {
  const fields: Partial<Record<string, string[]>> = z.flattenError(error).fieldErrors;
  return { password: fields.password?.[0], confirmation: fields.confirmation?.[0] };
}

/**
 * "Delete my account": the password (or, for an account without one, a sign-in within the last 15
 * minutes) and the typed confirmation, then the account and everything in it are gone. The session row
 * went with the user; signing out clears the browser's cookie and lands on /sign-in.
 */
export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [signingOut, startSignOut] = useTransition();
  const remove = api.account.delete.useMutation({
    onSuccess: () => startSignOut(() => signOut()),
    onError: (error) => {
      if (error instanceof TRPCClientError && error.message === "That password is not right.") {
        setErrors({ password: error.message });
        return;
      }
      if (error instanceof TRPCClientError && error.message === SIGN_IN_AGAIN_TO_DELETE) {
        setStale(true);
        return;
      }
      setFormError(describeChangeError(error).replace("Your change was not saved.", "Your account was not deleted."));
    },
  });
  const busy = remove.isPending || remove.isSuccess || signingOut;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = deleteAccountInput.safeParse({
      ...(hasPassword ? { password: form.get("password") ?? "" } : {}),
      confirmation: form.get("confirmation") ?? "",
    });
    setFormError(null);
    setStale(false);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    remove.mutate(parsed.data);
  }

  return (
    <div className="flex max-w-md flex-col gap-3 rounded-md border border-danger p-4">
      <h3 id="delete-account-title" className="font-medium text-danger">
        Delete my account
      </h3>
      <p id="delete-account-warning" className="text-sm">
        This deletes your account at once and for good: your profile, every project, label and task (with their
        history), and signs you out everywhere. It cannot be undone; export your data first if you want a copy.
      </p>
      <form
        onSubmit={submit}
        noValidate
        aria-labelledby="delete-account-title"
        aria-describedby="delete-account-warning"
        className="flex flex-col gap-3"
      >
        {hasPassword ? (
          <TextField
            label="Your password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.password}
          />
        ) : (
          <p className="text-sm text-muted">
            Your account has no password, so deleting it needs a sign-in within the last 15 minutes.
          </p>
        )}
        <TextField
          label={`Type “${DELETE_ACCOUNT_CONFIRMATION}” to confirm`}
          name="confirmation"
          autoComplete="off"
          spellCheck={false}
          required
          error={errors.confirmation}
        />
        {formError ? (
          <p role="alert" className="text-sm text-danger">
            {formError}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={busy} className="bg-danger text-bg hover:opacity-90">
            {busy ? "Deleting…" : "Delete my account"}
          </Button>
        </div>
      </form>
      {stale ? <SignInAgain reason={SIGN_IN_AGAIN_TO_DELETE} signInPath="/sign-in?next=/settings" /> : null}
    </div>
  );
}
