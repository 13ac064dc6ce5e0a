"use client";

import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { emailOnlySchema } from "@/lib/schemas/auth";
import { FormAlert } from "../../_components/form-alert";
import { FormSuccess } from "../../_components/form-success";

export function ResendVerificationForm() {
  const [sent, setSent] = useState(false);
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: emailOnlySchema,
    submit: (input) => authClient.sendVerificationEmail({ email: input.email }),
    onSuccess: () => setSent(true),
  });

  if (sent) {
    return (
      <FormSuccess title="Check your inbox">
        <p>If that email belongs to an account still waiting for verification, we sent it a new link.</p>
      </FormSuccess>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Send the link again">
      <FormAlert message={formError} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send a new link"}
      </Button>
    </form>
  );
}
