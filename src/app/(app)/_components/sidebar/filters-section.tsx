"use client";

import { useState } from "react";
import { ColorDot } from "@/components/color-dot";
import { useAnnounce } from "../keyboard/announcer";
import { ActionsMenu, type MenuAction } from "./actions-menu";
import { SidebarAddButton } from "./add-button";
import { ADD_FILTER_ID, filterMenuId, focusLater } from "./focus-targets";
import { LazyDeleteFilterForm, LazyFilterForm, preloadSidebarForms } from "./lazy-sidebar-forms";
import { NavLink } from "./nav-link";
import { sectionHeading } from "./section-styles";
import { useSidebarPart } from "./sidebar-data";
import { SidebarDialog } from "./sidebar-dialog";
import { type SidebarFilter, useFilterMutations } from "./use-filter-mutations";

type FilterDialog =
  | { type: "edit"; filter: SidebarFilter | null; focus: "name" | "query" }
  | { type: "delete"; filter: SidebarFilter };

const NO_FILTERS: SidebarFilter[] = [];

/** The sidebar's saved filters (issue #19), each with an actions menu, and "Add filter" with its editor. */
export function FiltersSection() {
  const filters = useSidebarPart("filters") ?? NO_FILTERS;
  const mutations = useFilterMutations();
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<FilterDialog | null>(null);
  const [returnFocus, setReturnFocus] = useState<string[]>([]);

  function open(state: FilterDialog, ...focusAfter: string[]) {
    setReturnFocus(focusAfter);
    setDialog(state);
  }
  function close(focus: string[] = returnFocus) {
    setDialog(null);
    focusLater(...focus);
  }

  function actionsFor(filter: SidebarFilter, index: number): MenuAction[] {
    const menuId = filterMenuId(filter.id);
    const actions: MenuAction[] = [
      { label: "Edit…", icon: "pencil", onSelect: () => open({ type: "edit", filter, focus: "query" }, menuId) },
    ];
    if (index > 0) {
      actions.push({
        label: "Move up",
        icon: "arrow-up",
        onSelect: () => {
          void mutations.move(filter.id, "up");
          announce(`Moved “${filter.name}” up to position ${index} of ${filters.length}.`);
          focusLater(menuId);
        },
      });
    }
    if (index < filters.length - 1) {
      actions.push({
        label: "Move down",
        icon: "arrow-down",
        onSelect: () => {
          void mutations.move(filter.id, "down");
          announce(`Moved “${filter.name}” down to position ${index + 2} of ${filters.length}.`);
          focusLater(menuId);
        },
      });
    }
    actions.push({
      label: "Delete…",
      icon: "trash",
      danger: true,
      onSelect: () => open({ type: "delete", filter }, menuId),
    });
    return actions;
  }

  const afterGone = (filter: SidebarFilter) => {
    const index = filters.findIndex((other) => other.id === filter.id);
    return [filters[index + 1], filters[index - 1]]
      .flatMap((other) => (other ? [filterMenuId(other.id)] : []))
      .concat(ADD_FILTER_ID);
  };

  return (
    <section aria-labelledby="sidebar-filters" className="flex flex-col gap-1">
      <h2 id="sidebar-filters" className={sectionHeading}>
        Filters
      </h2>
      {filters.length > 0 ? (
        <ul className="flex flex-col gap-0.5">
          {filters.map((filter, index) => (
            <li key={filter.id} className="flex items-center gap-0.5">
              <NavLink href={`/filters/${filter.id}`}>
                <ColorDot color={filter.color} />
                <span className="truncate">{filter.name}</span>
              </NavLink>
              <ActionsMenu
                buttonId={filterMenuId(filter.id)}
                label={`Actions for filter “${filter.name}”`}
                actions={actionsFor(filter, index)}
                onIntent={preloadSidebarForms}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="px-2 text-sm text-muted">No filters yet.</p>
      )}
      <SidebarAddButton
        id={ADD_FILTER_ID}
        onClick={() => open({ type: "edit", filter: null, focus: "name" }, ADD_FILTER_ID)}
      >
        Add filter
      </SidebarAddButton>
      <SidebarDialog
        open={dialog !== null}
        title={
          dialog?.type === "delete"
            ? `Delete filter “${dialog.filter.name}”?`
            : dialog?.filter
              ? `Edit filter “${dialog.filter.name}”`
              : "Add filter"
        }
        onClose={() => close()}
      >
        {dialog?.type === "edit" ? (
          <LazyFilterForm
            initial={dialog.filter ?? undefined}
            focus={dialog.focus}
            onSave={(values) => (dialog.filter ? mutations.edit(dialog.filter.id, values) : mutations.create(values))}
            onSaved={(values) => {
              announce(dialog.filter ? `Saved filter “${values.name}”.` : `Added filter “${values.name}”.`);
              close();
            }}
            onCancel={() => close()}
          />
        ) : dialog?.type === "delete" ? (
          <LazyDeleteFilterForm
            name={dialog.filter.name}
            onDelete={() => mutations.remove(dialog.filter.id)}
            onCancel={() => close()}
            onDone={() => {
              announce(`Deleted filter “${dialog.filter.name}”.`);
              close(afterGone(dialog.filter));
            }}
          />
        ) : null}
      </SidebarDialog>
    </section>
  );
}
