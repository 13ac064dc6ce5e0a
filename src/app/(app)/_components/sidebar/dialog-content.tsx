"use client";

import type { ReactNode } from "react";
import { ADD_LABEL_ID, ADD_PROJECT_ID, labelMenuId, projectMenuId } from "./focus-targets";
import {
  LazyDeleteLabelForm,
  LazyDeleteProjectForm,
  LazyMergeLabelForm,
  LazyNameColorForm,
} from "./lazy-sidebar-forms";
import type { ProjectsAndLabels, SidebarLabel, SidebarProject } from "./use-projects-and-labels";
import type { DialogState } from "./use-sidebar-dialog";
import type { useSidebarMutations } from "./use-sidebar-mutations";

interface DialogContext extends Pick<ProjectsAndLabels, "labels" | "projectById" | "labelById"> {
  /** The projects not archived, in sidebar order. */
  active: SidebarProject[];
  mutations: ReturnType<typeof useSidebarMutations>;
  closeDialog(): void;
  /** Closes the dialog when what opened it is gone: the focus goes to these instead. */
  closeDialogFocusing(ids: string[]): void;
  announce(message: string): void;
}

/** A label name already taken, ignoring case (the server would refuse it with CONFLICT). */
function labelNameTaken(labels: SidebarLabel[], name: string, exceptId: string | null): string | null {
  const taken = labels.find((label) => label.id !== exceptId && label.name.toLowerCase() === name.toLowerCase());
  return taken ? `You already have a label called “${taken.name}”.` : null;
}

/** What the open dialog shows, and its title. */
export function dialogContent(
  dialog: DialogState | null,
  { labels, projectById, labelById, active, mutations, closeDialog, closeDialogFocusing, announce }: DialogContext,
): { title: string; body: ReactNode } | null {
  if (!dialog) return null;
  if (dialog.type === "edit") {
    const item = dialog.id ? (dialog.kind === "project" ? projectById : labelById).get(dialog.id) : undefined;
    if (dialog.id && !item) return null;
    const noun = dialog.kind === "project" ? "project" : "label";
    return {
      title: item ? `Edit ${noun} “${item.name}”` : `Add ${noun}`,
      body: (
        <LazyNameColorForm
          kind={dialog.kind}
          initial={item ? { name: item.name, color: item.color } : undefined}
          focus={dialog.focus}
          checkName={dialog.kind === "label" ? (name) => labelNameTaken(labels, name, dialog.id) : undefined}
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
        <LazyDeleteProjectForm
          project={project}
          onDelete={(tasks) => mutations.deleteProject(project.id, tasks)}
          onCancel={closeDialog}
          onDone={() => {
            const index = active.findIndex((other) => other.id === project.id);
            const afterProjectGone = [active[index + 1], active[index - 1]]
              .flatMap((other) => (other ? [projectMenuId(other.id)] : []))
              .concat(ADD_PROJECT_ID);
            announce(`Deleted project “${project.name}”.`);
            closeDialogFocusing(afterProjectGone);
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
        <LazyMergeLabelForm
          label={label}
          others={labels.filter((other) => other.id !== label.id)}
          onMerge={(intoId) => mutations.mergeLabel(label.id, intoId)}
          onCancel={closeDialog}
          onDone={() => {
            announce(`Merged label “${label.name}”.`);
            closeDialogFocusing(afterLabelGone);
          }}
        />
      ),
    };
  }
  return {
    title: `Delete label “${label.name}”?`,
    body: (
      <LazyDeleteLabelForm
        label={label}
        onDelete={() => mutations.deleteLabel(label.id)}
        onCancel={closeDialog}
        onDone={() => {
          announce(`Deleted label “${label.name}”.`);
          closeDialogFocusing(afterLabelGone);
        }}
      />
    ),
  };
}
