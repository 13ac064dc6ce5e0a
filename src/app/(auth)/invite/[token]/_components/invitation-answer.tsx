"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { appRoute } from "@/app/(app)/_components/sidebar/app-route";
import { Button } from "@/components/ui/button";
import { roleSummaries } from "@/lib/project-roles";
import { api, type RouterOutputs } from "@/trpc/react";
import { FormAlert } from "../../../_components/form-alert";
import { TextLink } from "../../../_components/text-link";

type Invitation = RouterOutputs["invitation"]["byToken"];

/** Who invited the user into which project, as what, with Accept and Decline. */
export function InvitationAnswer({ invitation }: { invitation: Invitation }) {
  const router = useRouter();
  const utils = api.useUtils();
  const [declined, setDeclined] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const accept = api.invitation.accept.useMutation({
    onSuccess: async ({ projectId }) => {
      await utils.sidebar.get.invalidate();
      router.push(appRoute(`/projects/${projectId}`));
    },
    onError: (failure) => setError(describeChangeError(failure)),
  });
  const decline = api.invitation.decline.useMutation({
    onSuccess: () => setDeclined(true),
    onError: (failure) => setError(describeChangeError(failure)),
  });
  const busy = accept.isPending || accept.isSuccess || decline.isPending;

  if (declined) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-semibold">Invitation declined</h1>
        <p className="text-sm">You did not join “{invitation.projectName}”. The link no longer works.</p>
        <p className="text-sm">
          <TextLink href="/">Go to Tasklane</TextLink>
        </p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Join “{invitation.projectName}”?</h1>
        <p className="text-sm">
          {invitation.invitedBy} invited you as {invitation.role === "viewer" ? "a" : "an"} {invitation.role}:{" "}
          {roleSummaries[invitation.role].toLowerCase()}
        </p>
      </div>
      <FormAlert message={error} />
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} onClick={() => accept.mutate({ id: invitation.id })}>
          {accept.isPending || accept.isSuccess ? "Joining…" : "Accept"}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => decline.mutate({ id: invitation.id })}>
          {decline.isPending ? "Declining…" : "Decline"}
        </Button>
      </div>
    </div>
  );
}
