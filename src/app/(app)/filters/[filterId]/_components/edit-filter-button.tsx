"use client";

import { useRef, useState } from "react";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import { useAnnounce } from "../../../_components/keyboard/announcer";
import { LazyFilterForm } from "../../../_components/sidebar/lazy-sidebar-forms";
import { SidebarDialog } from "../../../_components/sidebar/sidebar-dialog";
import { type SidebarFilter, useFilterMutations } from "../../../_components/sidebar/use-filter-mutations";

/** "Edit filter" on a saved filter's page: the sidebar's editor, its query first; saving shows the new list. */
export function EditFilterButton({ filter }: { filter: SidebarFilter }) {
  const [open, setOpen] = useState(false);
  const mutations = useFilterMutations();
  const announce = useAnnounce();
  // Where the focus goes back when the dialog closes.
  const opener = useRef<HTMLButtonElement | null>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
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
        <Icon name="pencil" className="size-4" />
        Edit filter
      </Button>
      <SidebarDialog open={open} title={`Edit filter “${filter.name}”`} onClose={close}>
        <LazyFilterForm
          initial={filter}
          focus="query"
          onSave={(values) => mutations.edit(filter.id, values)}
          onSaved={(values) => {
            announce(`Saved filter “${values.name}”.`);
            close();
          }}
          onCancel={close}
        />
      </SidebarDialog>
    </>
  );
}
