import type { Metadata } from "next";
import { pathKeepingOAuthQuery, searchOf } from "@/lib/oauth-flow";
import { safeNextPath } from "@/lib/safe-next-path";
import { TextLink } from "../_components/text-link";
import { TwoFactorChallenge } from "./_components/two-factor-challenge";

export const metadata: Metadata = { title: "Two-factor authentication" };

/** The second step of signing in to a two-factor account: the password was right, now the code. */
export default async function TwoFactorPage({ searchParams }: PageProps<"/two-factor">) {
  const query = await searchParams;
  const nextPath = safeNextPath(typeof query.next === "string" ? query.next : null);
  // Back to sign-in within an MCP client's authorization: with its signed request, or it is lost.
  const signInHref = pathKeepingOAuthQuery("/sign-in", searchOf(query).toString(), nextPath);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Two-factor authentication</h1>
        <p className="text-sm text-muted">Your password was right. One more step to sign in.</p>
      </div>
      <TwoFactorChallenge next={nextPath} signInHref={signInHref} />
      <p className="text-sm text-muted">
        <TextLink href={signInHref}>Back to sign in</TextLink>
      </p>
    </div>
  );
}
