"use client";

import { useMemo, useState } from "react";
import { z } from "zod/mini";
import { SignInAgain } from "@/components/forms/sign-in-again";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { SESSION_NOT_FRESH } from "@/lib/fresh-session";
import { emailOnlySchema } from "@/lib/schemas/auth";

/** Asks Better Auth to send a confirmation link to the new address; the account keeps the old one until then. */
export function EmailForm({ email }: { email: string }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const schema = useMemo(
    () =>
      emailOnlySchema.check(
        z.refine((input) => input.email.trim().toLowerCase() !== email.toLowerCase(), {
          error: "That is already your email address.",
          path: ["email"],
        }),
      ),
    [email],
  );
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema,
    submit: (input) => {
      setSentTo(null);
      setStale(false);
      return authClient.changeEmail({
        newEmail: input.email.trim().toLowerCase(),
        callbackURL: "/settings?email=changed",
      });
    },
    // A stale session is not a failure to word: it gets its own way out below.
    fieldErrorFor: (error) => (error.code === SESSION_NOT_FRESH ? {} : null),
    onError: (error) => setStale(error.code === SESSION_NOT_FRESH),
    afterSuccess: "stay",
    onSuccess: (_data, form) => setSentTo(new FormData(form).get("email")?.toString().trim().toLowerCase() ?? null),
  });

  return (
    <div className="flex max-w-md flex-col gap-3">
      <form {...formProps} className="flex flex-col gap-3">
        <TextField
          label="New email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fieldErrors.email}
        />
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Sending…" : "Change email"}
          </Button>
        </div>
      </form>
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      {sentTo ? (
        <p role="status" className="text-sm">
          We sent a link to <span className="font-medium">{sentTo}</span>. Your email changes when you open it.
        </p>
      ) : null}
      {stale ? (
        <SignInAgain
          reason="For your security, sign in again to change your email."
          signInPath="/sign-in?next=/settings"
        />
      ) : null}
    </div>
  );
}
