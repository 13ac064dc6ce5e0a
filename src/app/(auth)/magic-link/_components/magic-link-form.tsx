"use client";

import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { emailOnlySchema } from "@/lib/schemas/auth";
import { FormAlert } from "../../_components/form-alert";
import { FormSuccess } from "../../_components/form-success";

const LINK_FAILED = "That sign-in link has expired or was already used. Ask for a new one below.";

interface MagicLinkFormProps {
  /** Where the link signs the user in to: a path on this site (or the authorization it resumes). */
  callbackURL: string;
  /** Where a bad link lands; Better Auth appends ?error=<code>. */
  errorCallbackURL: string;
  linkFailed: boolean;
}

export function MagicLinkForm({ callbackURL, errorCallbackURL, linkFailed }: MagicLinkFormProps) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: emailOnlySchema,
    submit: async (input) => {
      const result = await authClient.signIn.magicLink({
        email: input.email,
        callbackURL,
        errorCallbackURL,
      });
      if (!result.error) setSentTo(input.email);
      return result;
    },
    onSuccess: () => {},
  });

  if (sentTo) {
    return (
      <FormSuccess title="Check your inbox">
        <p>
          We sent a sign-in link to {sentTo}. It works once, for 5 minutes. Open it in this browser to sign in here.
        </p>
      </FormSuccess>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Email me a sign-in link">
      <FormAlert message={formError ?? (linkFailed ? LINK_FAILED : null)} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a link"}
      </Button>
    </form>
  );
}
