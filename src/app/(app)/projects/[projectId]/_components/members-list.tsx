"use client";

import { useId, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { withReference } from "@/lib/error-reference";
import { type ProjectRole, projectRoles } from "@/lib/project-roles";
import { api } from "@/trpc/react";
import { RoleOptions } from "./role-options";
import { shareSectionHeading, shareSelect } from "./section-heading";

/** Who is in the project; an owner changes roles and removes members here. */
export function MembersList({ projectId, manages }: { projectId: string; manages: boolean }) {
  const utils = api.useUtils();
  const headingId = useId();
  const members = api.project.members.useQuery({ projectId });
  // The server's words when it refuses (the last owner's demotion): shown here, above the dialog's backdrop.
  const [refusal, setRefusal] = useState<string | null>(null);
  const refresh = () => utils.project.members.invalidate({ projectId });
  const setRole = api.project.setRole.useMutation({
    onMutate: () => setRefusal(null),
    onSuccess: () => toast.success("Role changed."),
    onError: (error) => setRefusal(describeChangeError(error)),
    onSettled: refresh,
  });
  const remove = api.project.removeMember.useMutation({
    onMutate: () => setRefusal(null),
    onSuccess: () => toast.success("Removed from the project."),
    onError: (error) => setRefusal(describeChangeError(error)),
    onSettled: refresh,
  });
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className={shareSectionHeading}>
        Members
      </h3>
      {members.isError ? (
        <p role="alert" className="text-sm text-danger">
          {withReference("The members could not be loaded. Close and open the dialog to try again.", members.error)}
        </p>
      ) : null}
      {refusal ? (
        <p role="alert" className="text-sm text-danger">
          {refusal}
        </p>
      ) : null}
      <ul className="flex flex-col gap-2">
        {(members.data ?? []).map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="min-w-0">
              <span className="block font-medium">{member.name}</span>
              <span className="block break-all text-muted">{member.email}</span>
            </span>
            {manages ? (
              <span className="flex items-center gap-2">
                <select
                  aria-label={`Role of ${member.name}`}
                  value={member.role}
                  disabled={setRole.isPending}
                  onChange={(event) =>
                    setRole.mutate({
                      projectId,
                      userId: member.userId,
                      role: projectRoles.find((role) => role === event.target.value) ?? member.role,
                    })
                  }
                  className={shareSelect}
                >
                  <RoleOptions roles={projectRoles} />
                </select>
                <Button
                  variant="secondary"
                  aria-label={`Remove ${member.name}`}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ projectId, userId: member.userId })}
                >
                  Remove
                </Button>
              </span>
            ) : (
              <span className="text-muted">{roleLabel(member.role)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const roleLabel = (role: ProjectRole) => role.charAt(0).toUpperCase() + role.slice(1);
