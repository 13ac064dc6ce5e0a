"use client";

import { useId, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { type ShareLinkRole, shareLinkRoles } from "@/lib/project-roles";
import { api } from "@/trpc/react";
import { RoleOptions } from "./role-options";
import { shareSectionHeading, shareSelect } from "./section-heading";

/**
 * The project's share link: whoever opens it signed in joins with its role. Only its hash is kept, so the
 * link is shown once, when made; making another replaces it.
 */
export function ShareLinkSection({ projectId }: { projectId: string }) {
  const utils = api.useUtils();
  const headingId = useId();
  const roleId = useId();
  const linkId = useId();
  const current = api.project.shareLink.useQuery({ projectId });
  const [role, setRole] = useState<ShareLinkRole>("viewer");
  const [made, setMade] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const refresh = () => utils.project.shareLink.invalidate({ projectId });
  const create = api.project.createShareLink.useMutation({
    onMutate: () => setRefusal(null),
    onSuccess: (link) => setMade(link.url),
    onError: (error) => setRefusal(describeChangeError(error)),
    onSettled: refresh,
  });
  const disable = api.project.disableShareLink.useMutation({
    onMutate: () => setRefusal(null),
    onSuccess: () => {
      setMade(null);
      toast.success("Share link turned off: it no longer works.");
    },
    onError: (error) => setRefusal(describeChangeError(error)),
    onSettled: refresh,
  });

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      toast.success("Link copied.");
    } catch {
      setRefusal("The link could not be copied: select it and copy it yourself.");
    }
  }

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className={shareSectionHeading}>
        Share link
      </h3>
      <p className="text-sm text-muted">
        {current.data
          ? `A link is on: whoever opens it signed in joins as ${current.data.role === "editor" ? "an editor" : "a viewer"}.`
          : "Anyone you send a link to can join, signed in, with the role you choose."}
      </p>
      {made ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={linkId} className="text-sm font-medium">
            New link (shown only now)
          </label>
          <div className="flex gap-2">
            <input
              id={linkId}
              readOnly
              value={made}
              onFocus={(event) => event.currentTarget.select()}
              className="min-h-10 min-w-0 flex-1 rounded-md border border-border bg-bg px-3 text-sm text-fg"
            />
            <Button variant="secondary" onClick={() => void copy(made)}>
              Copy
            </Button>
          </div>
        </div>
      ) : null}
      {refusal ? (
        <p role="alert" className="text-sm text-danger">
          {refusal}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={roleId} className="text-sm font-medium">
            Joins as
          </label>
          <select
            id={roleId}
            value={role}
            onChange={(event) => setRole(shareLinkRoles.find((each) => each === event.target.value) ?? "viewer")}
            className={shareSelect}
          >
            <RoleOptions roles={shareLinkRoles} />
          </select>
        </div>
        <Button disabled={create.isPending} onClick={() => create.mutate({ projectId, role })}>
          {current.data ? "Make a new link" : "Create link"}
        </Button>
        {current.data ? (
          <Button variant="secondary" disabled={disable.isPending} onClick={() => disable.mutate({ projectId })}>
            Turn off
          </Button>
        ) : null}
      </div>
    </section>
  );
}
