"use client";

import { useRef, useState } from "react";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import type { ProjectRole } from "@/lib/project-roles";
import { SidebarDialog } from "../../../_components/sidebar/sidebar-dialog";
import { ShareDialogBody } from "./share-dialog-body";

/** "Share" on a project's page: its people, invitations and share link, as the member's role allows. */
export function ShareButton({
  projectId,
  projectName,
  role,
}: {
  projectId: string;
  projectName: string;
  role: ProjectRole;
}) {
  const [open, setOpen] = useState(false);
  // Where the focus goes back when the dialog closes.
  const opener = useRef<HTMLButtonElement | null>(null);
  return (
    <>
      <Button
        variant="secondary"
        onClick={(event) => {
          opener.current = event.currentTarget;
          setOpen(true);
        }}
        aria-haspopup="dialog"
      >
        <Icon name="users" className="size-4" />
        Share
      </Button>
      <SidebarDialog
        open={open}
        title={`Share “${projectName}”`}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      >
        <ShareDialogBody projectId={projectId} role={role} onClose={() => setOpen(false)} />
      </SidebarDialog>
    </>
  );
}
