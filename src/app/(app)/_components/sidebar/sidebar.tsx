"use client";

import {
  Archive,
  ArchiveRestore,
  ArrowDown,
  ArrowUp,
  CalendarDays,
  CalendarRange,
  CircleCheck,
  Inbox,
  type LucideIcon,
  Menu,
  Merge,
  Palette,
  Pencil,
  Plus,
  Search,
  Trash2,
  X,
} from "lucide-react";
import { usePathname } from "next/navigation";
import { type KeyboardEvent, type ReactNode, useRef, useState } from "react";
import { ColorDot } from "@/components/color-dot";
import { api } from "@/trpc/react";
import { ActionsMenu, type MenuAction } from "./actions-menu";
import { DeleteLabelForm, DeleteProjectForm, MergeLabelForm } from "./delete-forms";
import { type Kind, NameColorForm } from "./name-color-form";
import { NavLink, OpenCount } from "./nav-link";
import { SidebarDialog } from "./sidebar-dialog";
import { type SidebarLabel, type SidebarProject, useProjectsAndLabels } from "./use-projects-and-labels";
import { useSidebarMutations } from "./use-sidebar-mutations";

type DialogState =
  | { type: "edit"; kind: Kind; id: string | null; focus: "name" | "color" }
  // The item as it was when the dialog opened: it stays on screen while its deletion is under way.
  | { type: "deleteProject"; project: SidebarProject }
  | { type: "mergeLabel"; label: SidebarLabel }
  | { type: "deleteLabel"; label: SidebarLabel };

const VIEWS: { href: `/${string}`; label: string; icon: LucideIcon }[] = [
  { href: "/", label: "Inbox", icon: Inbox },
  { href: "/today", label: "Today", icon: CalendarDays },
  { href: "/upcoming", label: "Upcoming", icon: CalendarRange },
  { href: "/search", label: "Search", icon: Search },
  { href: "/completed", label: "Completed", icon: CircleCheck },
];

const projectMenuId = (id: string) => `project-actions-${id}`;
const labelMenuId = (id: string) => `label-actions-${id}`;
const ADD_PROJECT_ID = "sidebar-add-project";
const ADD_LABEL_ID = "sidebar-add-label";

const sectionHeading = "px-2 text-xs font-semibold uppercase tracking-wide text-muted";
const addButton =
  "flex min-h-9 w-full items-center gap-2 rounded-md px-2 text-left text-sm text-muted hover:bg-surface hover:text-fg";

/** Focuses the first of these elements that is on screen, once React has drawn the change. */
function focusLater(...ids: string[]) {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && element.getClientRects().length > 0) {
        element.focus();
        return;
      }
    }
  });
}

/**
 * The app's navigation: the views, the projects and the labels, each project and label with an
 * actions menu. A left column on wide screens; behind a "Menu" button on narrow ones.
 */
export function Sidebar() {
  const inboxCount = api.project.inboxCount.useQuery().data ?? 0;
  const pathname = usePathname();
  // Open on narrow screens until the next navigation: it is open only on the page where it was opened.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const expanded = openedOn === pathname;
  const menuButton = useRef<HTMLButtonElement>(null);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const returnFocus = useRef<string[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const { projects, labels, projectById, labelById } = useProjectsAndLabels();
  const mutations = useSidebarMutations();

  const active = projects.filter((project) => !project.archived);
  const archived = projects.filter((project) => project.archived);

  function announce(message: string) {
    setAnnouncement("");
    requestAnimationFrame(() => setAnnouncement(message));
  }

  function openDialog(state: DialogState, ...focusAfter: string[]) {
    returnFocus.current = focusAfter;
    setDialog(state);
  }

  /** Closes the dialog and puts the focus back on what opened it (or the nearest thing still there). */
  function closeDialog() {
    const ids = returnFocus.current;
    returnFocus.current = [];
    setDialog(null);
    if (ids.length) focusLater(...ids);
  }

  function onNavKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === "Escape" && expanded) {
      setOpenedOn(null);
      menuButton.current?.focus();
    }
  }

  function projectActions(project: SidebarProject, index: number): MenuAction[] {
    const menuId = projectMenuId(project.id);
    const actions: MenuAction[] = [
      {
        label: "Rename…",
        icon: Pencil,
        onSelect: () => openDialog({ type: "edit", kind: "project", id: project.id, focus: "name" }, menuId),
      },
      {
        label: "Colour…",
        icon: Palette,
        onSelect: () => openDialog({ type: "edit", kind: "project", id: project.id, focus: "color" }, menuId),
      },
    ];
    if (!project.archived && index > 0) {
      actions.push({
        label: "Move up",
        icon: ArrowUp,
        onSelect: () => {
          void mutations.moveProject(project.id, "up");
          announce(`Moved “${project.name}” up to position ${index} of ${active.length}.`);
          focusLater(menuId);
        },
      });
    }
    if (!project.archived && index < active.length - 1) {
      actions.push({
        label: "Move down",
        icon: ArrowDown,
        onSelect: () => {
          void mutations.moveProject(project.id, "down");
          announce(`Moved “${project.name}” down to position ${index + 2} of ${active.length}.`);
          focusLater(menuId);
        },
      });
    }
    const neighbours = [active[index + 1], active[index - 1]].flatMap((other) =>
      other ? [projectMenuId(other.id)] : [],
    );
    actions.push(
      project.archived
        ? {
            label: "Unarchive",
            icon: ArchiveRestore,
            onSelect: () => {
              mutations.setProjectArchived(project.id, false);
              announce(`Unarchived “${project.name}”. It is back in Projects.`);
              focusLater(menuId, ADD_PROJECT_ID);
            },
          }
        : {
            label: "Archive",
            icon: Archive,
            onSelect: () => {
              mutations.setProjectArchived(project.id, true);
              announce(`Archived “${project.name}”. It is listed under Archived projects.`);
              focusLater(...neighbours, ADD_PROJECT_ID);
            },
          },
      {
        label: "Delete…",
        icon: Trash2,
        danger: true,
        onSelect: () => openDialog({ type: "deleteProject", project }, menuId),
      },
    );
    return actions;
  }

  function labelActions(label: SidebarLabel): MenuAction[] {
    const menuId = labelMenuId(label.id);
    const actions: MenuAction[] = [
      {
        label: "Rename…",
        icon: Pencil,
        onSelect: () => openDialog({ type: "edit", kind: "label", id: label.id, focus: "name" }, menuId),
      },
      {
        label: "Colour…",
        icon: Palette,
        onSelect: () => openDialog({ type: "edit", kind: "label", id: label.id, focus: "color" }, menuId),
      },
    ];
    if (labels.length > 1) {
      actions.push({
        label: "Merge into…",
        icon: Merge,
        onSelect: () => openDialog({ type: "mergeLabel", label }, menuId),
      });
    }
    actions.push({
      label: "Delete…",
      icon: Trash2,
      danger: true,
      onSelect: () => openDialog({ type: "deleteLabel", label }, menuId),
    });
    return actions;
  }

  /** A label name already taken, ignoring case (the server would refuse it with CONFLICT). */
  function labelNameTaken(name: string, exceptId: string | null): string | null {
    const taken = labels.find((label) => label.id !== exceptId && label.name.toLowerCase() === name.toLowerCase());
    return taken ? `You already have a label called “${taken.name}”.` : null;
  }

  /** What the open dialog shows, and its title. */
  function dialogContent(): { title: string; body: ReactNode } | null {
    if (!dialog) return null;
    if (dialog.type === "edit") {
      const item = dialog.id ? (dialog.kind === "project" ? projectById : labelById).get(dialog.id) : undefined;
      if (dialog.id && !item) return null;
      const noun = dialog.kind === "project" ? "project" : "label";
      return {
        title: item ? `Edit ${noun} “${item.name}”` : `Add ${noun}`,
        body: (
          <NameColorForm
            kind={dialog.kind}
            initial={item ? { name: item.name, color: item.color } : undefined}
            focus={dialog.focus}
            checkName={dialog.kind === "label" ? (name) => labelNameTaken(name, dialog.id) : undefined}
            onCancel={closeDialog}
            onSave={(values) => {
              if (!item) {
                if (dialog.kind === "project") mutations.createProject(values.name, values.color);
                else mutations.createLabel(values.name, values.color);
                announce(`Added ${noun} “${values.name}”.`);
              } else {
                const changes = {
                  ...(values.name !== item.name ? { name: values.name } : {}),
                  ...(values.color !== item.color ? { color: values.color } : {}),
                };
                if (Object.keys(changes).length > 0) {
                  if (dialog.kind === "project") mutations.editProject(item.id, changes);
                  else mutations.editLabel(item.id, changes);
                }
              }
              closeDialog();
            }}
          />
        ),
      };
    }
    if (dialog.type === "deleteProject") {
      const { project } = dialog;
      return {
        title: `Delete project “${project.name}”?`,
        body: (
          <DeleteProjectForm
            project={project}
            onDelete={(tasks) => mutations.deleteProject(project.id, tasks)}
            onCancel={closeDialog}
            onDone={() => {
              const index = active.findIndex((other) => other.id === project.id);
              returnFocus.current = [active[index + 1], active[index - 1]]
                .flatMap((other) => (other ? [projectMenuId(other.id)] : []))
                .concat(ADD_PROJECT_ID);
              announce(`Deleted project “${project.name}”.`);
              closeDialog();
            }}
          />
        ),
      };
    }
    const { label } = dialog;
    const index = labels.findIndex((other) => other.id === label.id);
    const afterLabelGone = [labels[index + 1], labels[index - 1]]
      .flatMap((other) => (other ? [labelMenuId(other.id)] : []))
      .concat(ADD_LABEL_ID);
    if (dialog.type === "mergeLabel") {
      return {
        title: `Merge label “${label.name}”`,
        body: (
          <MergeLabelForm
            label={label}
            others={labels.filter((other) => other.id !== label.id)}
            onMerge={(intoId) => mutations.mergeLabel(label.id, intoId)}
            onCancel={closeDialog}
            onDone={() => {
              returnFocus.current = afterLabelGone;
              announce(`Merged label “${label.name}”.`);
              closeDialog();
            }}
          />
        ),
      };
    }
    return {
      title: `Delete label “${label.name}”?`,
      body: (
        <DeleteLabelForm
          label={label}
          onDelete={() => mutations.deleteLabel(label.id)}
          onCancel={closeDialog}
          onDone={() => {
            returnFocus.current = afterLabelGone;
            announce(`Deleted label “${label.name}”.`);
            closeDialog();
          }}
        />
      ),
    };
  }

  const content = dialogContent();

  return (
    <div className="border-b border-border md:sticky md:top-0 md:max-h-dvh md:w-64 md:shrink-0 md:self-start md:overflow-y-auto md:border-r md:border-b-0">
      <button
        ref={menuButton}
        type="button"
        aria-expanded={expanded}
        aria-controls="sidebar-nav"
        onClick={() => setOpenedOn(expanded ? null : pathname)}
        className="inline-flex min-h-11 w-full items-center gap-2 px-4 text-sm font-medium md:hidden"
      >
        {expanded ? <X aria-hidden className="size-4" /> : <Menu aria-hidden className="size-4" />}
        Menu
      </button>
      <nav
        id="sidebar-nav"
        aria-label="Main"
        onKeyDown={onNavKeyDown}
        className={`${expanded ? "flex" : "hidden"} flex-col gap-5 px-2 pt-1 pb-4 md:flex md:py-4`}
      >
        <ul className="flex flex-col gap-0.5">
          {VIEWS.map((view) => (
            <li key={view.href} className="flex">
              <NavLink href={view.href}>
                <view.icon aria-hidden className="size-4 shrink-0 text-muted" />
                {view.label}
                {view.href === "/" ? <OpenCount count={inboxCount} /> : null}
              </NavLink>
            </li>
          ))}
        </ul>

        <section aria-labelledby="sidebar-projects" className="flex flex-col gap-1">
          <h2 id="sidebar-projects" className={sectionHeading}>
            Projects
          </h2>
          {active.length > 0 ? (
            <ul className="flex flex-col gap-0.5">
              {active.map((project, index) => (
                <ProjectRow key={project.id} project={project} actions={projectActions(project, index)} />
              ))}
            </ul>
          ) : (
            <p className="px-2 text-sm text-muted">No projects yet.</p>
          )}
          <button
            id={ADD_PROJECT_ID}
            type="button"
            className={addButton}
            onClick={() => openDialog({ type: "edit", kind: "project", id: null, focus: "name" }, ADD_PROJECT_ID)}
          >
            <Plus aria-hidden className="size-4" />
            Add project
          </button>
          {archived.length > 0 ? (
            <details className="group">
              <summary className="flex min-h-9 cursor-pointer items-center rounded-md px-2 text-sm text-muted hover:bg-surface hover:text-fg">
                Archived projects ({archived.length})
              </summary>
              <ul className="mt-0.5 flex flex-col gap-0.5">
                {archived.map((project, index) => (
                  <ProjectRow key={project.id} project={project} actions={projectActions(project, index)} />
                ))}
              </ul>
            </details>
          ) : null}
        </section>

        <section aria-labelledby="sidebar-labels" className="flex flex-col gap-1">
          <h2 id="sidebar-labels" className={sectionHeading}>
            Labels
          </h2>
          {labels.length > 0 ? (
            <ul className="flex flex-col gap-0.5">
              {labels.map((label) => (
                <li key={label.id} className="flex items-center gap-0.5">
                  <NavLink href={`/labels/${label.id}`}>
                    <ColorDot color={label.color} />
                    <span className="truncate">{label.name}</span>
                    <OpenCount count={label.openTaskCount} />
                  </NavLink>
                  <ActionsMenu
                    buttonId={labelMenuId(label.id)}
                    label={`Actions for label “${label.name}”`}
                    actions={labelActions(label)}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="px-2 text-sm text-muted">No labels yet.</p>
          )}
          <button
            id={ADD_LABEL_ID}
            type="button"
            className={addButton}
            onClick={() => openDialog({ type: "edit", kind: "label", id: null, focus: "name" }, ADD_LABEL_ID)}
          >
            <Plus aria-hidden className="size-4" />
            Add label
          </button>
        </section>
      </nav>
      {/* Outside the nav, which is hidden while the narrow-screen menu is closed. */}
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>

      <SidebarDialog open={content !== null} title={content?.title ?? ""} onClose={closeDialog}>
        {content?.body}
      </SidebarDialog>
    </div>
  );
}

function ProjectRow({ project, actions }: { project: SidebarProject; actions: MenuAction[] }) {
  return (
    <li className="flex items-center gap-0.5">
      <NavLink href={`/projects/${project.id}`}>
        <ColorDot color={project.color} />
        <span className="truncate">{project.name}</span>
        <OpenCount count={project.openTaskCount} />
      </NavLink>
      <ActionsMenu
        buttonId={projectMenuId(project.id)}
        label={`Actions for project “${project.name}”`}
        actions={actions}
      />
    </li>
  );
}
