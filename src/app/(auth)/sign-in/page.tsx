import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Sign in to Tasklane</h1>
        <p className="text-sm text-muted">Welcome back.</p>
      </div>
      {/* useSearchParams (for ?next=) needs a Suspense boundary. */}
      <Suspense>
        <SignInForm />
      </Suspense>
      <p className="text-sm text-muted">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-accent underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
