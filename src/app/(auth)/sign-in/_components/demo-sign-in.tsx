"use client";

import { useRouter } from "next/navigation";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import { signInSchema } from "@/lib/schemas/auth";
import { FormAlert } from "../../_components/form-alert";

/**
 * Signs in as the seeded demo account (`npm run db:seed`). Its password is public, so it travels
 * in the page; the sign-in page renders this only where the demo account is offered.
 */
export function DemoSignIn({ next }: { next: string }) {
  const router = useRouter();
  const { formError, pending, formProps } = useForm({
    schema: signInSchema,
    submit: (input) => authClient.signIn.email(input),
    onSuccess: () => {
      router.replace(next);
      router.refresh();
    },
  });

  return (
    <form
      {...formProps}
      className="flex flex-col gap-2 rounded-md border border-dashed border-border p-3"
      aria-labelledby="demo-account-heading"
    >
      <h2 id="demo-account-heading" className="text-sm font-medium">
        Just looking?
      </h2>
      <p className="text-sm text-muted">
        Sign in as <span className="font-medium text-fg">{DEMO_ACCOUNT.email}</span> (password{" "}
        <span className="font-medium text-fg">{DEMO_ACCOUNT.password}</span>), an account with sample projects and
        tasks.
      </p>
      <input type="hidden" name="email" value={DEMO_ACCOUNT.email} />
      <input type="hidden" name="password" value={DEMO_ACCOUNT.password} />
      <FormAlert message={formError} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Signing in…" : "Try the demo account"}
      </Button>
    </form>
  );
}
