import Link from "next/link";
import { PasswordForm } from "./password-form";

/** Change the password; accounts made with a provider or magic links have none to change. */
export function PasswordSection({ hasPassword }: { hasPassword: boolean }) {
  return (
    <section aria-labelledby="settings-password" className="flex flex-col gap-3">
      <h2 id="settings-password" className="text-lg font-semibold">
        Password
      </h2>
      {hasPassword ? (
        <PasswordForm />
      ) : (
        <p className="max-w-md text-sm">
          You sign in without a password (with a provider or an email link). To set one, use{" "}
          <Link href="/forgot-password" className="font-medium underline">
            Forgot password
          </Link>
          .
        </p>
      )}
    </section>
  );
}
