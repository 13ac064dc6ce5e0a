import type { Metadata } from "next";
import Link from "next/link";
import { safeNextPath } from "../_components/auth-errors";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { next, session } = await searchParams;
  const expired = session === "expired";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Sign in to Tasklane</h1>
        <p className="text-sm text-muted">{expired ? "Your session has ended. Sign in again." : "Welcome back."}</p>
      </div>
      <SignInForm next={safeNextPath(typeof next === "string" ? next : null)} />
      <p className="text-sm text-muted">
        <Link href="/forgot-password" className="font-medium text-accent underline-offset-4 hover:underline">
          Forgot password?
        </Link>
      </p>
      <p className="text-sm text-muted">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-accent underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
