import type { Metadata } from "next";
import { TextLink } from "../_components/text-link";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Forgot your password?</h1>
        <p className="text-sm text-muted">Enter your email and we will send you a link to choose a new one.</p>
      </div>
      <ForgotPasswordForm />
      <p className="text-sm text-muted">
        Remembered it? <TextLink href="/sign-in">Sign in</TextLink>
      </p>
    </div>
  );
}
