"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { isAuthClientRedirect, resumeAuthorizationPath, signedOAuthQuery } from "@/lib/oauth-flow";
import { PASSWORD_MIN_LENGTH, signUpSchema, timeZone } from "@/lib/schemas/auth";
import { FormAlert } from "../../_components/form-alert";
import { FormSuccess } from "../../_components/form-success";

const EMAIL_TAKEN_CODES = new Set(["USER_ALREADY_EXISTS", "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"]);

/**
 * The browser's IANA time zone, so that "today" and due dates follow the user's clock from the
 * start. Left out when the browser reports none or one the server would refuse (it then uses UTC).
 */
function browserTimeZone(): { timeZone?: string } {
  try {
    const parsed = timeZone.safeParse(Intl.DateTimeFormat().resolvedOptions().timeZone);
    return parsed.success ? { timeZone: parsed.data } : {};
  } catch {
    return {};
  }
}

/**
 * Within an MCP client's authorization, when the account needs verifying first, the emailed link (which
 * signs the new account in) leads back into it. Without a required verification the server resumes it at
 * once, and a link opened later must not replay it.
 */
function resumeAfterVerifying(verificationRequired: boolean): { callbackURL?: string } {
  const signed = verificationRequired ? signedOAuthQuery(window.location.search) : null;
  return signed ? { callbackURL: resumeAuthorizationPath(signed) } : {};
}

/** `verificationRequired`: no session until the emailed link is opened, so say so instead of going in. */
export function SignUpForm({ verificationRequired }: { verificationRequired: boolean }) {
  const router = useRouter();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: signUpSchema,
    submit: async (input) => {
      const result = await authClient.signUp.email({
        ...input,
        ...browserTimeZone(),
        ...resumeAfterVerifying(verificationRequired),
      });
      if (!result.error) setSentTo(input.email);
      return result;
    },
    fieldErrorFor: (error) =>
      error.code && EMAIL_TAKEN_CODES.has(error.code)
        ? { email: "An account with this email already exists. Sign in instead?" }
        : null,
    onSuccess: (data) => {
      // Within an MCP client's authorization (the page's signed query, sent by the auth client), the
      // server resumed it with the new account: the auth client is already on its way to consent.
      if (verificationRequired || isAuthClientRedirect(data)) return;
      router.replace("/");
      router.refresh();
    },
  });

  if (verificationRequired && sentTo) {
    return (
      <FormSuccess title="Check your inbox">
        <p>We sent a link to {sentTo}. Open it to verify your email and finish creating your account.</p>
      </FormSuccess>
    );
  }
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Create account">
      <FormAlert message={formError} />
      <TextField label="Name" name="name" autoComplete="name" required error={fieldErrors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fieldErrors.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
