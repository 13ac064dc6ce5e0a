/** The tools issue #8 specifies, sorted: what every transport must offer a full-access caller. */
export const SPECIFIED_TOOLS = [
  "add_task",
  "complete_task",
  "delete_task",
  "list_labels",
  "list_projects",
  "list_tasks",
  "search_tasks",
  "update_task",
];
