/** The tools issues #8 and #19 (filters) specify, sorted: what every transport must offer a full-access caller. */
export const SPECIFIED_TOOLS = [
  "add_task",
  "complete_task",
  "delete_task",
  "filter_tasks",
  "list_labels",
  "list_projects",
  "list_tasks",
  "save_filter",
  "search_tasks",
  "update_task",
];
