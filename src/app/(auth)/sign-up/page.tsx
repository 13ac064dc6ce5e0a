import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { env } from "@/env";
import { pathKeepingOAuthQuery, resumeAuthorizationPath, searchOf, signedOAuthQuery } from "@/lib/oauth-flow";
import { signInProviders } from "@/server/auth/social";
import { OAuthButtons } from "../_components/oauth-buttons";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  // Within an MCP client's authorization (its signed request in the query), going back to sign-in and
  // continuing with a provider must resume it, as from the sign-in page.
  const signed = signedOAuthQuery(searchOf(await searchParams));
  // Read EMAIL_VERIFICATION_REQUIRED and the OAuth providers per request, not once at build time.
  await connection();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Create your account</h1>
        <p className="text-sm text-muted">
          {env.EMAIL_VERIFICATION_REQUIRED
            ? "We will email you a link: open it to verify your address, then you can sign in."
            : "Start organising your work in Tasklane."}
        </p>
      </div>
      <OAuthButtons providers={signInProviders()} next={signed ? resumeAuthorizationPath(signed) : "/"} />
      <SignUpForm verificationRequired={env.EMAIL_VERIFICATION_REQUIRED} />
      <p className="text-sm text-muted">
        Already have an account?{" "}
        <Link
          href={pathKeepingOAuthQuery("/sign-in", signed ?? "", "/")}
          className="font-medium text-accent underline-offset-4 hover:underline"
        >
          Sign in
        </Link>
      </p>
    </div>
  );
}
