import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { pathKeepingOAuthQuery, resumeAuthorizationPath, searchOf, signedOAuthQuery } from "@/lib/oauth-flow";
import { safeNextPath } from "@/lib/safe-next-path";
import { signInProviders } from "@/server/auth/social";
import { db } from "@/server/db";
import { demoAccountOffered } from "@/server/demo/queries";
import { OAuthButtons } from "../_components/oauth-buttons";
import { DemoSignIn } from "./_components/demo-sign-in";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const query = await searchParams;
  const { next, session, error } = query;
  const expired = session === "expired";
  const nextPath = safeNextPath(typeof next === "string" ? next : null);
  // Within an MCP client's authorization (its signed request in this page's query) the email link and
  // sign-up must resume it: those pages keep the request. A provider's sign-in returns through its callback (the
  // server resumes with the request the auth client sent along) or, for a two-factor account, through
  // the code's page, which goes on to its `next`: the authorization again.
  const signed = signedOAuthQuery(searchOf(query));
  const search = signed ?? "";
  const magicLinkHref = pathKeepingOAuthQuery("/magic-link", search, nextPath);
  const afterProvider = signed ? resumeAuthorizationPath(signed) : nextPath;
  await connection();
  const demo = await demoAccountOffered(db);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Sign in to Tasklane</h1>
        <p className="text-sm text-muted">{expired ? "Your session has ended. Sign in again." : "Welcome back."}</p>
      </div>
      <OAuthButtons
        providers={signInProviders()}
        next={afterProvider}
        error={typeof error === "string" ? error : null}
      />
      <SignInForm next={nextPath} />
      {demo ? <DemoSignIn next={nextPath} /> : null}
      <div className="flex flex-col gap-2 text-sm text-muted">
        <Link href="/forgot-password" className="font-medium text-accent underline-offset-4 hover:underline">
          Forgot password?
        </Link>
        <Link href={magicLinkHref} className="font-medium text-accent underline-offset-4 hover:underline">
          Email me a sign-in link
        </Link>
      </div>
      <p className="text-sm text-muted">
        New here?{" "}
        <Link
          href={pathKeepingOAuthQuery("/sign-up", search, "/")}
          className="font-medium text-accent underline-offset-4 hover:underline"
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}
