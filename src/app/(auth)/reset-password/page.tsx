import type { Metadata } from "next";
import { TextLink } from "../_components/text-link";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token, error } = await searchParams;
  const usable = typeof token === "string" && token.length > 0 && error === undefined;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Choose a new password</h1>
        <p className="text-sm text-muted">
          {usable
            ? "Signing in with it signs you out everywhere else."
            : "This link is invalid, expired or already used."}
        </p>
      </div>
      {usable ? <ResetPasswordForm token={token} /> : null}
      <p className="text-sm text-muted">
        Need a new link? <TextLink href="/forgot-password">Ask for one</TextLink>
      </p>
    </div>
  );
}
