import type { Metadata } from "next";
import { TextLink } from "../_components/text-link";
import { ResendVerificationForm } from "./_components/resend-verification-form";

export const metadata: Metadata = { title: "Verify your email" };

/**
 * Where the emailed link lands once Better Auth has checked it: `?status=verified`, with
 * `&error=TOKEN_EXPIRED` (or another code) when the link did not work.
 */
export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { status, error } = await searchParams;
  const verified = status === "verified" && error === undefined;
  const expired = error === "TOKEN_EXPIRED";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{verified ? "Your email is verified" : "Verify your email"}</h1>
        <p className="text-sm text-muted">
          {verified
            ? "Thank you. Your account is ready."
            : error !== undefined
              ? `This link ${expired ? "has expired" : "is invalid"}. Enter your email to get a new one.`
              : "Open the link we emailed you. Did not get it? Enter your email to get a new one."}
        </p>
      </div>
      {verified ? (
        <p className="text-sm">
          <TextLink href="/">Go to Tasklane</TextLink>
        </p>
      ) : (
        <ResendVerificationForm />
      )}
    </div>
  );
}
