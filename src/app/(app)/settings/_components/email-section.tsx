import { EmailForm } from "./email-form";

/** The sign-in address, whether it is verified, and the form to change it. */
export function EmailSection({ email, verified, changed }: { email: string; verified: boolean; changed: boolean }) {
  return (
    <section aria-labelledby="settings-email" className="flex flex-col gap-3">
      <h2 id="settings-email" className="text-lg font-semibold">
        Email
      </h2>
      {changed ? (
        <p role="status" className="max-w-md rounded-md border border-border p-3 text-sm">
          Your email address has been changed. Sign in with <span className="font-medium">{email}</span> from now on.
        </p>
      ) : null}
      <p className="text-sm">
        You sign in with <span className="font-medium">{email}</span>{" "}
        <span className="text-muted">({verified ? "verified" : "not verified"})</span>.
      </p>
      <EmailForm email={email} />
    </section>
  );
}
