import type { Metadata } from "next";
import { safeNextPath } from "@/lib/safe-next-path";
import { TextLink } from "../_components/text-link";
import { TwoFactorChallenge } from "./_components/two-factor-challenge";

export const metadata: Metadata = { title: "Two-factor authentication" };

/** The second step of signing in to a two-factor account: the password was right, now the code. */
export default async function TwoFactorPage({ searchParams }: PageProps<"/two-factor">) {
  const { next } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Two-factor authentication</h1>
        <p className="text-sm text-muted">Your password was right. One more step to sign in.</p>
      </div>
      <TwoFactorChallenge next={safeNextPath(typeof next === "string" ? next : null)} />
      <p className="text-sm text-muted">
        <TextLink href="/sign-in">Back to sign in</TextLink>
      </p>
    </div>
  );
}
