"use client";

import { useId, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { api } from "@/trpc/react";
import { shareSectionHeading } from "./section-heading";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

/** The project's invitations not yet answered, each with Revoke (its link stops working). */
export function PendingInvitations({ projectId }: { projectId: string }) {
  const utils = api.useUtils();
  const headingId = useId();
  const invitations = api.project.invitations.useQuery({ projectId });
  const [refusal, setRefusal] = useState<string | null>(null);
  const revoke = api.project.revokeInvitation.useMutation({
    onMutate: () => setRefusal(null),
    onSuccess: () => toast.success("Invitation revoked: its link no longer works."),
    onError: (error) => setRefusal(describeChangeError(error)),
    onSettled: () => utils.project.invitations.invalidate({ projectId }),
  });
  const rows = invitations.data ?? [];
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className={shareSectionHeading}>
        Pending invitations
      </h3>
      {refusal ? (
        <p role="alert" className="text-sm text-danger">
          {refusal}
        </p>
      ) : null}
      <ul className="flex flex-col gap-2">
        {rows.map((invitation) => {
          const expired = invitation.expiresAt.getTime() <= Date.now();
          return (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span className="min-w-0 break-all">
                {invitation.email} · {invitation.role} ·{" "}
                <span className={expired ? "text-danger" : "text-muted"}>
                  {expired ? "expired" : `until ${dateFormat.format(invitation.expiresAt)}`}
                </span>
              </span>
              <Button
                variant="secondary"
                aria-label={`Revoke the invitation of ${invitation.email}`}
                disabled={revoke.isPending && revoke.variables?.id === invitation.id}
                onClick={() => revoke.mutate({ id: invitation.id })}
              >
                Revoke
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
