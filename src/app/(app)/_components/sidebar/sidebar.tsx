"use client";

import { usePathname } from "next/navigation";
import { type KeyboardEvent, useRef, useState } from "react";
import { Icon } from "@/components/icon";
import { useAnnounce } from "../keyboard/announcer";
import { dialogContent } from "./dialog-content";
import { FiltersSection } from "./filters-section";
import { ADD_LABEL_ID, ADD_PROJECT_ID } from "./focus-targets";
import { InvitationsSection } from "./invitations-section";
import { LabelsSection } from "./labels-section";
import { labelActions, projectActions } from "./menu-actions";
import { ProjectsSection } from "./projects-section";
import { SidebarDialog } from "./sidebar-dialog";
import { useProjectsAndLabels } from "./use-projects-and-labels";
import { useSidebarDialog } from "./use-sidebar-dialog";
import { useSidebarMutations } from "./use-sidebar-mutations";
import { ViewsList } from "./views-list";

/**
 * The app's navigation: the views, the projects, the labels and the saved filters, each project and label with an
 * actions menu. A left column on wide screens; behind a "Menu" button on narrow ones.
 */
export function Sidebar() {
  const pathname = usePathname();
  // Open on narrow screens until the next navigation: it is open only on the page where it was opened.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const expanded = openedOn === pathname;
  const menuButton = useRef<HTMLButtonElement>(null);
  const { dialog, openDialog, closeDialog, closeDialogFocusing } = useSidebarDialog();
  const announce = useAnnounce();
  const { projects, labels, projectById, labelById } = useProjectsAndLabels();
  const mutations = useSidebarMutations();

  const active = projects.filter((project) => !project.archived);
  const archived = projects.filter((project) => project.archived);

  function onNavKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === "Escape" && expanded) {
      setOpenedOn(null);
      menuButton.current?.focus();
    }
  }

  const content = dialogContent(dialog, {
    labels,
    projectById,
    labelById,
    active,
    mutations,
    closeDialog,
    closeDialogFocusing,
    announce,
  });

  return (
    // Below the sticky header: on a phone the Menu bar sticks under it and its list overlays the page.
    <div className="sticky top-16 z-20 border-b border-border bg-bg md:max-h-[calc(100dvh-4rem)] md:w-64 md:shrink-0 md:self-start md:overflow-y-auto md:border-r md:border-b-0">
      <button
        ref={menuButton}
        type="button"
        aria-expanded={expanded}
        aria-controls="sidebar-nav"
        onClick={() => setOpenedOn(expanded ? null : pathname)}
        className="inline-flex min-h-11 w-full items-center gap-2 px-4 text-sm font-medium md:hidden"
      >
        {expanded ? <Icon name="x" className="size-4" /> : <Icon name="menu" className="size-4" />}
        Menu
      </button>
      <nav
        id="sidebar-nav"
        aria-label="Main"
        onKeyDown={onNavKeyDown}
        className={`${expanded ? "flex" : "hidden"} flex-col gap-5 px-2 pt-1 pb-4 max-md:absolute max-md:inset-x-0 max-md:top-full max-md:max-h-[calc(100dvh-6.75rem)] max-md:overflow-y-auto max-md:border-b max-md:border-border max-md:bg-bg max-md:shadow-lg md:flex md:py-4`}
      >
        <InvitationsSection />
        <ViewsList />
        <ProjectsSection
          active={active}
          archived={archived}
          actionsFor={(project, index) => projectActions(project, index, { active, mutations, openDialog, announce })}
          onAdd={() => openDialog({ type: "edit", kind: "project", id: null, focus: "name" }, ADD_PROJECT_ID)}
        />
        <LabelsSection
          labels={labels}
          actionsFor={(label) => labelActions(label, { labels, openDialog })}
          onAdd={() => openDialog({ type: "edit", kind: "label", id: null, focus: "name" }, ADD_LABEL_ID)}
        />
        <FiltersSection />
      </nav>
      <SidebarDialog open={content !== null} title={content?.title ?? ""} onClose={closeDialog}>
        {content?.body}
      </SidebarDialog>
    </div>
  );
}
