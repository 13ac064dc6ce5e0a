import type { Metadata } from "next";
import { safeNextPath } from "@/lib/safe-next-path";
import { TextLink } from "../_components/text-link";
import { MagicLinkForm } from "./_components/magic-link-form";

export const metadata: Metadata = { title: "Sign in with an email link" };

export default async function MagicLinkPage({ searchParams }: PageProps<"/magic-link">) {
  const { next, error } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Sign in with an email link</h1>
        <p className="text-sm text-muted">No password needed: we email you a link that signs you in.</p>
      </div>
      <MagicLinkForm
        next={safeNextPath(typeof next === "string" ? next : null)}
        linkFailed={typeof error === "string" && error.length > 0}
      />
      <p className="text-sm text-muted">
        Rather use your password? <TextLink href="/sign-in">Sign in</TextLink>
      </p>
    </div>
  );
}
