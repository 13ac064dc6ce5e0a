"use client";

import { useRouter } from "next/navigation";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { authClient } from "@/lib/auth-client";
import { isAuthClientRedirect, pathKeepingOAuthQuery } from "@/lib/oauth-flow";
import { signInSchema } from "@/lib/schemas/auth";
import { FormAlert } from "../../_components/form-alert";

/** Better Auth answers a correct password of a two-factor account with this instead of a session. */
function needsSecondFactor(data: unknown): boolean {
  return typeof data === "object" && data !== null && "twoFactorRedirect" in data && data.twoFactorRedirect === true;
}

/** `next`: where to go after signing in, already checked to be a path on this site. */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: signInSchema,
    submit: (input) => authClient.signIn.email(input),
    onSuccess: (data) => {
      if (needsSecondFactor(data)) {
        // Within an MCP client's authorization, the code's page carries its signed request on.
        router.push(pathKeepingOAuthQuery("/two-factor", window.location.search, next));
        return;
      }
      // Signed in during an MCP client's authorization: the auth client is already going where it says.
      if (isAuthClientRedirect(data)) return;
      router.replace(next);
      router.refresh();
    },
  });

  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Sign in">
      <FormAlert message={formError} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldErrors.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
