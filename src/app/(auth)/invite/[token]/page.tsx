import type { Metadata } from "next";
import { connection } from "next/server";
import { invitationTokenInput } from "@/lib/schemas/members";
import { getSession } from "@/server/auth/session";
import { refusalMessage } from "@/server/trpc/errors";
import { api } from "@/trpc/server";
import { SignInToContinue } from "../../_components/sign-in-to-continue";
import { TextLink } from "../../_components/text-link";
import { InvitationAnswer } from "./_components/invitation-answer";

export const metadata: Metadata = { title: "Invitation" };

/** The invitation in the link, if it is the signed-in user's; else the server's words for why not. */
async function readInvitation(token: string) {
  if (!invitationTokenInput.safeParse({ token }).success) {
    return { problem: "This invitation link is not valid: check that you opened the whole link from the email." };
  }
  try {
    return { invitation: await api.invitation.byToken({ token }) };
  } catch (error) {
    // Someone else's, gone, expired, or an address not verified yet: the message says which, naming no project.
    const problem = refusalMessage(error);
    if (problem === undefined) throw error;
    return { problem };
  }
}

/** Where an emailed invitation's link lands: sign in first, then accept or decline it. */
export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  await connection();
  const { token } = await params;
  const session = await getSession();
  if (!session) {
    return (
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">You are invited to a project</h1>
          <p className="text-sm text-muted">
            Sign in with the address the invitation was sent to, to see it and accept or decline.
          </p>
        </div>
        <SignInToContinue
          here={`/invite/${token}`}
          signUpHint="Use the address the invitation was sent to, verify it, then open this link again."
        />
      </div>
    );
  }
  const { invitation, problem } = await readInvitation(token);
  if (!invitation) {
    return (
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">This invitation cannot be used</h1>
          <p className="text-sm">{problem}</p>
          <p className="text-sm text-muted">You are signed in as {session.user.email}.</p>
        </div>
        <p className="text-sm">
          <TextLink href="/">Go to Tasklane</TextLink>
        </p>
      </div>
    );
  }
  return <InvitationAnswer invitation={invitation} />;
}
