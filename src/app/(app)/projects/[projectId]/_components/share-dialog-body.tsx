"use client";

import { type ProjectRole, roleAllows } from "@/lib/project-roles";
import { InviteForm } from "./invite-form";
import { LeaveProject } from "./leave-project";
import { MembersList } from "./members-list";
import { PendingInvitations } from "./pending-invitations";
import { ShareLinkSection } from "./share-link-section";

/** Owners manage people, invitations and the share link; every member sees who is in and may leave. */
export function ShareDialogBody({
  projectId,
  role,
  onClose,
}: {
  projectId: string;
  role: ProjectRole;
  onClose(): void;
}) {
  const manages = roleAllows(role, "manage");
  return (
    <div className="flex max-h-[70dvh] flex-col gap-5 overflow-y-auto">
      {manages ? <InviteForm projectId={projectId} /> : null}
      {manages ? <PendingInvitations projectId={projectId} /> : null}
      <MembersList projectId={projectId} manages={manages} />
      {manages ? <ShareLinkSection projectId={projectId} /> : null}
      <LeaveProject projectId={projectId} onClose={onClose} />
    </div>
  );
}
