import type { Metadata } from "next";
import { pathKeepingOAuthQuery, resumeAuthorizationPath, searchOf, signedOAuthQuery } from "@/lib/oauth-flow";
import { safeNextPath } from "@/lib/safe-next-path";
import { TextLink } from "../_components/text-link";
import { MagicLinkForm } from "./_components/magic-link-form";

export const metadata: Metadata = { title: "Sign in with an email link" };

export default async function MagicLinkPage({ searchParams }: PageProps<"/magic-link">) {
  const query = await searchParams;
  const { next, error } = query;
  const nextPath = safeNextPath(typeof next === "string" ? next : null);
  // Within an MCP client's authorization, the link opens its request again (the link is a new request,
  // without this page's signed query): signed in by then, the user goes on to consent.
  const signed = signedOAuthQuery(searchOf(query));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Sign in with an email link</h1>
        <p className="text-sm text-muted">No password needed: we email you a link that signs you in.</p>
      </div>
      <MagicLinkForm
        callbackURL={signed ? resumeAuthorizationPath(signed) : nextPath}
        errorCallbackURL={pathKeepingOAuthQuery("/magic-link", signed ?? "", nextPath)}
        linkFailed={typeof error === "string" && error.length > 0}
      />
      <p className="text-sm text-muted">
        Rather use your password?{" "}
        <TextLink href={pathKeepingOAuthQuery("/sign-in", signed ?? "", nextPath)}>Sign in</TextLink>
      </p>
    </div>
  );
}
