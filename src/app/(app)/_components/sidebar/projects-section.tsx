"use client";

import { ColorDot } from "@/components/color-dot";
import { ActionsMenu, type MenuAction } from "./actions-menu";
import { SidebarAddButton } from "./add-button";
import { ADD_PROJECT_ID, projectMenuId } from "./focus-targets";
import { preloadSidebarForms } from "./lazy-sidebar-forms";
import { NavLink, OpenCount } from "./nav-link";
import { sectionHeading } from "./section-styles";
import type { SidebarProject } from "./use-projects-and-labels";

interface ProjectsSectionProps {
  /** The projects not archived, in sidebar order. */
  active: SidebarProject[];
  archived: SidebarProject[];
  /** The actions menu of a project; `index` is its place in the list it is shown in. */
  actionsFor(project: SidebarProject, index: number): MenuAction[];
  onAdd(): void;
}

/** The sidebar's projects, each with an actions menu; archived ones folded away below "Add project". */
export function ProjectsSection({ active, archived, actionsFor, onAdd }: ProjectsSectionProps) {
  return (
    <section aria-labelledby="sidebar-projects" className="flex flex-col gap-1">
      <h2 id="sidebar-projects" className={sectionHeading}>
        Projects
      </h2>
      {active.length > 0 ? (
        <ul className="flex flex-col gap-0.5">
          {active.map((project, index) => (
            <ProjectRow key={project.id} project={project} actions={actionsFor(project, index)} />
          ))}
        </ul>
      ) : (
        <p className="px-2 text-sm text-muted">No projects yet.</p>
      )}
      <SidebarAddButton id={ADD_PROJECT_ID} onClick={onAdd}>
        Add project
      </SidebarAddButton>
      {archived.length > 0 ? (
        <details className="group">
          <summary className="flex min-h-9 cursor-pointer items-center rounded-md px-2 text-sm text-muted hover:bg-surface hover:text-fg">
            Archived projects ({archived.length})
          </summary>
          <ul className="mt-0.5 flex flex-col gap-0.5">
            {archived.map((project, index) => (
              <ProjectRow key={project.id} project={project} actions={actionsFor(project, index)} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function ProjectRow({ project, actions }: { project: SidebarProject; actions: MenuAction[] }) {
  return (
    <li className="flex items-center gap-0.5">
      <NavLink href={`/projects/${project.id}`} pendingId={project.id}>
        <ColorDot color={project.color} />
        <span className="truncate">{project.name}</span>
        <OpenCount count={project.openTaskCount} />
      </NavLink>
      <ActionsMenu
        buttonId={projectMenuId(project.id)}
        label={`Actions for project “${project.name}”`}
        actions={actions}
        onIntent={preloadSidebarForms}
      />
    </li>
  );
}
