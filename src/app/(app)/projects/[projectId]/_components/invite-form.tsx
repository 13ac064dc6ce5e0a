"use client";

import { useId } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { mutationResult, useForm } from "@/components/forms/use-form";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { invitableRoles } from "@/lib/project-roles";
import { inviteInput } from "@/lib/schemas/members";
import { api } from "@/trpc/react";
import { RoleOptions } from "./role-options";
import { shareSectionHeading, shareSelect } from "./section-heading";

/** An owner invites an address with a role; the address is emailed a link. */
export function InviteForm({ projectId }: { projectId: string }) {
  const utils = api.useUtils();
  const headingId = useId();
  const roleId = useId();
  const invite = api.project.invite.useMutation({
    onSuccess: () => utils.project.invitations.invalidate({ projectId }),
  });
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: inviteInput,
    values: (form) => ({ projectId, email: form.get("email") ?? "", role: form.get("role") ?? "" }),
    submit: (input) => mutationResult(invite.mutateAsync(input)),
    describe: (error) => describeChangeError(error).replace("Your change was not saved.", "No invitation was sent."),
    afterSuccess: "stay",
    onSuccess: (sent, form) => {
      if (sent) toast.success(`Invitation sent to ${sent.email}.`);
      form.reset();
    },
  });
  return (
    <form {...formProps} aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className={shareSectionHeading}>
        Invite someone
      </h3>
      <TextField
        label="Email address"
        name="email"
        type="email"
        autoComplete="off"
        required
        data-autofocus
        error={fieldErrors.email}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={roleId} className="text-sm font-medium">
          Role
        </label>
        <select id={roleId} name="role" defaultValue="editor" className={shareSelect}>
          <RoleOptions roles={invitableRoles} />
        </select>
      </div>
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}
