"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { api } from "@/trpc/react";
import { reportChangeError } from "../change-errors";
import { appRoute } from "./app-route";
import { sectionHeading } from "./section-styles";
import { useSidebarPart } from "./sidebar-data";

/**
 * The signed-in user's pending invitations, above the views: Accept opens the project, Decline drops the
 * invitation. Absent when there are none (most of the time).
 */
export function InvitationsSection() {
  const router = useRouter();
  const utils = api.useUtils();
  // The sidebar's read (in the layout's data) says whether any invitation waits; only then are they listed.
  const waiting = (useSidebarPart("waitingInvitations") ?? 0) > 0;
  const invitations = api.invitation.list.useQuery(undefined, { enabled: waiting });
  const settled = () =>
    Promise.all([
      utils.invitation.list.invalidate(),
      utils.notification.list.invalidate(),
      utils.sidebar.get.invalidate(),
    ]);
  const accept = api.invitation.accept.useMutation({
    onSuccess: async ({ projectId }) => {
      toast.success("You joined the project.");
      await utils.sidebar.get.invalidate();
      router.push(appRoute(`/projects/${projectId}`));
    },
    onError: reportChangeError,
    onSettled: settled,
  });
  const decline = api.invitation.decline.useMutation({
    onSuccess: () => toast.success("Invitation declined."),
    onError: reportChangeError,
    onSettled: settled,
  });
  const rows = waiting ? (invitations.data ?? []) : [];
  if (rows.length === 0) return null;
  const busy = accept.isPending || decline.isPending;
  return (
    <section aria-labelledby="sidebar-invitations" className="flex flex-col gap-1">
      <h2 id="sidebar-invitations" className={sectionHeading}>
        Invitations
      </h2>
      <ul className="flex flex-col gap-2 px-2">
        {rows.map((invitation) => (
          <li key={invitation.id} className="flex flex-col gap-1 rounded-md border border-border p-2 text-sm">
            <span>
              <span className="font-medium">{invitation.projectName}</span>
              <span className="block text-muted">
                From {invitation.invitedBy}, as {invitation.role}
              </span>
            </span>
            <span className="flex gap-2">
              <Button
                disabled={busy}
                aria-label={`Accept the invitation to ${invitation.projectName}`}
                onClick={() => accept.mutate({ id: invitation.id })}
                className="px-3"
              >
                Accept
              </Button>
              <Button
                variant="secondary"
                disabled={busy}
                aria-label={`Decline the invitation to ${invitation.projectName}`}
                onClick={() => decline.mutate({ id: invitation.id })}
                className="px-3"
              >
                Decline
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
