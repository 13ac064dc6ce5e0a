"use client";

import { TRPCClientError } from "@trpc/client";
import { useState, useTransition } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { CurrentPasswordField } from "@/components/forms/current-password-field";
import { SignInAgain } from "@/components/forms/sign-in-again";
import { mutationResult, useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { DELETE_ACCOUNT_CONFIRMATION, deleteAccountInput, SIGN_IN_AGAIN_TO_DELETE } from "@/lib/schemas/account";
import { api } from "@/trpc/react";
import { signOut } from "../../_components/sign-out";

const WRONG_PASSWORD = "That password is not right.";

function refusedWith(error: unknown, message: string): boolean {
  return error instanceof TRPCClientError && error.message === message;
}

/**
 * "Delete my account": the password (or, for an account without one, a sign-in within the last 15
 * minutes) and the typed confirmation, then the account and everything in it are gone. The session row
 * went with the user; signing out clears the browser's cookie and lands on /sign-in.
 */
export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const [stale, setStale] = useState(false);
  const [signingOut, startSignOut] = useTransition();
  const remove = api.account.delete.useMutation();
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: deleteAccountInput,
    values: (form) => ({
      ...(hasPassword ? { password: form.get("password") ?? "" } : {}),
      confirmation: form.get("confirmation") ?? "",
    }),
    submit: (input) => mutationResult(remove.mutateAsync(input)),
    fieldErrorFor: (error) => {
      if (refusedWith(error, WRONG_PASSWORD)) return { password: WRONG_PASSWORD };
      // A stale session is not a failure to word: it gets its own way out.
      return refusedWith(error, SIGN_IN_AGAIN_TO_DELETE) ? {} : null;
    },
    describe: (error) =>
      describeChangeError(error).replace("Your change was not saved.", "Your account was not deleted."),
    onError: (error) => setStale(refusedWith(error, SIGN_IN_AGAIN_TO_DELETE)),
    // "leave": the form stays busy while signing out.
    onSuccess: () => startSignOut(() => signOut()),
  });
  const busy = pending || signingOut;

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
        {...formProps}
        onSubmit={(event) => {
          setStale(false);
          void formProps.onSubmit(event);
        }}
        aria-labelledby="delete-account-title"
        aria-describedby="delete-account-warning"
        className="flex flex-col gap-3"
      >
        {hasPassword ? (
          <CurrentPasswordField error={fieldErrors.password} />
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
          error={fieldErrors.confirmation}
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
