"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { emailOnlySchema } from "@/lib/schemas/auth";
import { SignInAgainButton } from "./sign-in-again";

type Outcome = { kind: "sent"; to: string } | { kind: "stale" } | { kind: "failed"; message: string } | null;

/** Asks Better Auth to send a confirmation link to the new address; the account keeps the old one until then. */
export function EmailForm({ email }: { email: string }) {
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = emailOnlySchema.safeParse({ email: new FormData(event.currentTarget).get("email") ?? "" });
    setOutcome(null);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message);
      return;
    }
    const newEmail = parsed.data.email.trim().toLowerCase();
    if (newEmail === email.toLowerCase()) {
      setFieldError("That is already your email address.");
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    const { error } = await authClient.changeEmail({ newEmail, callbackURL: "/settings?email=changed" });
    setBusy(false);
    if (!error) setOutcome({ kind: "sent", to: newEmail });
    else if (error.code === "SESSION_NOT_FRESH") setOutcome({ kind: "stale" });
    else setOutcome({ kind: "failed", message: error.message ?? "Your email was not changed. Try again." });
  }

  return (
    <div className="flex max-w-md flex-col gap-3">
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-3">
        <TextField label="New email" name="email" type="email" autoComplete="email" required error={fieldError} />
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? "Sending…" : "Change email"}
          </Button>
        </div>
      </form>
      {outcome?.kind === "sent" ? (
        <p role="status" className="text-sm">
          We sent a link to <span className="font-medium">{outcome.to}</span>. Your email changes when you open it.
        </p>
      ) : null}
      {outcome?.kind === "stale" ? (
        <div role="alert" className="flex flex-col gap-2 rounded-md border border-border p-3 text-sm">
          <p>For your security, sign in again to change your email.</p>
          <div>
            <SignInAgainButton />
          </div>
        </div>
      ) : null}
      {outcome?.kind === "failed" ? (
        <p role="alert" className="text-sm text-danger">
          {outcome.message}
        </p>
      ) : null}
    </div>
  );
}
