/** Ids of the sidebar controls that can take the focus back after a menu action or a dialog. */
export const projectMenuId = (id: string) => `project-actions-${id}`;
export const labelMenuId = (id: string) => `label-actions-${id}`;
export const ADD_PROJECT_ID = "sidebar-add-project";
export const ADD_LABEL_ID = "sidebar-add-label";

/** Focuses the first of these elements that is on screen, once React has drawn the change. */
export function focusLater(...ids: string[]) {
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
export const filterMenuId = (id: string) => `filter-actions-${id}`;
export const ADD_FILTER_ID = "sidebar-add-filter";
