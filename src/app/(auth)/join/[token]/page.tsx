import type { Metadata } from "next";
import { connection } from "next/server";
import { joinInput } from "@/lib/schemas/members";
import { getSession } from "@/server/auth/session";
import { SignInToContinue } from "../../_components/sign-in-to-continue";
import { JoinButton } from "./_components/join-button";

export const metadata: Metadata = { title: "Join a shared project" };

/** Where a project's share link lands: whoever opens it signed in joins with the link's role. */
export default async function JoinPage({ params }: PageProps<"/join/[token]">) {
  await connection();
  const { token } = await params;
  const session = await getSession();
  const valid = joinInput.safeParse({ token }).success;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Join a shared project</h1>
        <p className="text-sm text-muted">
          {valid
            ? "Someone shared a project with you. Joining adds it to your sidebar."
            : "This link is not valid: check that you copied the whole link."}
        </p>
      </div>
      {!valid ? null : session ? (
        <JoinButton token={token} email={session.user.email} />
      ) : (
        <SignInToContinue here={`/join/${token}`} signUpHint="Then open this link again." />
      )}
    </div>
  );
}
