import type { MenuAction } from "./actions-menu";
import { ADD_PROJECT_ID, focusLater, labelMenuId, projectMenuId } from "./focus-targets";
import type { SidebarLabel, SidebarProject } from "./use-projects-and-labels";
import type { DialogState } from "./use-sidebar-dialog";
import type { useSidebarMutations } from "./use-sidebar-mutations";

interface ProjectMenuContext {
  /** The projects not archived, in sidebar order. */
  active: SidebarProject[];
  mutations: ReturnType<typeof useSidebarMutations>;
  openDialog(state: DialogState, ...focusAfter: string[]): void;
  announce(message: string): void;
}

interface LabelMenuContext {
  labels: SidebarLabel[];
  openDialog(state: DialogState, ...focusAfter: string[]): void;
}

/** The actions menu of a project: `index` is its place in the list it is shown in. */
export function projectActions(
  project: SidebarProject,
  index: number,
  { active, mutations, openDialog, announce }: ProjectMenuContext,
): MenuAction[] {
  const menuId = projectMenuId(project.id);
  const actions: MenuAction[] = [
    {
      label: "Rename…",
      icon: "pencil",
      onSelect: () => openDialog({ type: "edit", kind: "project", id: project.id, focus: "name" }, menuId),
    },
    {
      label: "Colour…",
      icon: "palette",
      onSelect: () => openDialog({ type: "edit", kind: "project", id: project.id, focus: "color" }, menuId),
    },
  ];
  if (!project.archived && index > 0) {
    actions.push({
      label: "Move up",
      icon: "arrow-up",
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
      icon: "arrow-down",
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
          icon: "archive-restore",
          onSelect: () => {
            mutations.setProjectArchived(project.id, false);
            announce(`Unarchived “${project.name}”. It is back in Projects.`);
            focusLater(menuId, ADD_PROJECT_ID);
          },
        }
      : {
          label: "Archive",
          icon: "archive",
          onSelect: () => {
            mutations.setProjectArchived(project.id, true);
            announce(`Archived “${project.name}”. It is listed under Archived projects.`);
            focusLater(...neighbours, ADD_PROJECT_ID);
          },
        },
    {
      label: "Delete…",
      icon: "trash",
      danger: true,
      onSelect: () => openDialog({ type: "deleteProject", project }, menuId),
    },
  );
  return actions;
}

/** The actions menu of a label. */
export function labelActions(label: SidebarLabel, { labels, openDialog }: LabelMenuContext): MenuAction[] {
  const menuId = labelMenuId(label.id);
  const actions: MenuAction[] = [
    {
      label: "Rename…",
      icon: "pencil",
      onSelect: () => openDialog({ type: "edit", kind: "label", id: label.id, focus: "name" }, menuId),
    },
    {
      label: "Colour…",
      icon: "palette",
      onSelect: () => openDialog({ type: "edit", kind: "label", id: label.id, focus: "color" }, menuId),
    },
  ];
  if (labels.length > 1) {
    actions.push({
      label: "Merge into…",
      icon: "merge",
      onSelect: () => openDialog({ type: "mergeLabel", label }, menuId),
    });
  }
  actions.push({
    label: "Delete…",
    icon: "trash",
    danger: true,
    onSelect: () => openDialog({ type: "deleteLabel", label }, menuId),
  });
  return actions;
}
