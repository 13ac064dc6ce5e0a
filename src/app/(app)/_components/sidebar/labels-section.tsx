"use client";

import { ColorDot } from "@/components/color-dot";
import { ActionsMenu, type MenuAction } from "./actions-menu";
import { SidebarAddButton } from "./add-button";
import { ADD_LABEL_ID, labelMenuId } from "./focus-targets";
import { preloadSidebarForms } from "./lazy-sidebar-forms";
import { NavLink, OpenCount } from "./nav-link";
import { sectionHeading } from "./section-styles";
import type { SidebarLabel } from "./use-projects-and-labels";

interface LabelsSectionProps {
  labels: SidebarLabel[];
  actionsFor(label: SidebarLabel): MenuAction[];
  onAdd(): void;
}

/** The sidebar's labels, each with an actions menu, and "Add label". */
export function LabelsSection({ labels, actionsFor, onAdd }: LabelsSectionProps) {
  return (
    <section aria-labelledby="sidebar-labels" className="flex flex-col gap-1">
      <h2 id="sidebar-labels" className={sectionHeading}>
        Labels
      </h2>
      {labels.length > 0 ? (
        <ul className="flex flex-col gap-0.5">
          {labels.map((label) => (
            <li key={label.id} className="flex items-center gap-0.5">
              <NavLink href={`/labels/${label.id}`} pendingId={label.id}>
                <ColorDot color={label.color} />
                <span className="truncate">{label.name}</span>
                <OpenCount count={label.openTaskCount} />
              </NavLink>
              <ActionsMenu
                buttonId={labelMenuId(label.id)}
                label={`Actions for label “${label.name}”`}
                actions={actionsFor(label)}
                onIntent={preloadSidebarForms}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="px-2 text-sm text-muted">No labels yet.</p>
      )}
      <SidebarAddButton id={ADD_LABEL_ID} onClick={onAdd}>
        Add label
      </SidebarAddButton>
    </section>
  );
}
