/** What choosing a palette entry does. */
export type PaletteAction =
  | { kind: "navigate"; href: `/${string}` }
  | { kind: "openTask"; id: string }
  | { kind: "quickAdd" }
  | { kind: "shortcuts" };

export interface PaletteItem {
  id: string;
  label: string;
  action: PaletteAction;
}

const VIEWS: readonly (readonly [string, `/${string}`])[] = [
  ["Inbox", "/"],
  ["Today", "/today"],
  ["Upcoming", "/upcoming"],
  ["Calendar", "/calendar"],
  ["Search", "/search"],
  ["Completed", "/completed"],
  ["Assistant", "/assistant"],
  ["Settings", "/settings"],
];

/** Actions first, then the views, the (active) projects, the labels and the saved filters. */
export function paletteItems(
  projects: readonly { id: string; name: string; archived: boolean }[],
  labels: readonly { id: string; name: string }[],
  filters: readonly { id: string; name: string }[] = [],
): PaletteItem[] {
  return [
    { id: "action-add", label: "Add task", action: { kind: "quickAdd" } },
    { id: "action-shortcuts", label: "Show keyboard shortcuts", action: { kind: "shortcuts" } },
    ...VIEWS.map(([name, href]) => ({
      id: `view-${name.toLowerCase()}`,
      label: `Go to ${name}`,
      action: { kind: "navigate", href } as const,
    })),
    ...projects
      .filter((project) => !project.archived)
      .map((project) => ({
        id: `project-${project.id}`,
        label: `Project: ${project.name}`,
        action: { kind: "navigate", href: `/projects/${project.id}` } as const,
      })),
    ...labels.map((label) => ({
      id: `label-${label.id}`,
      label: `Label: @${label.name}`,
      action: { kind: "navigate", href: `/labels/${label.id}` } as const,
    })),
    ...filters.map((filter) => ({
      id: `filter-${filter.id}`,
      label: `Filter: ${filter.name}`,
      action: { kind: "navigate", href: `/filters/${filter.id}` } as const,
    })),
  ];
}

/** The entries whose label holds every word of the query (any case, any order). */
export function filterPaletteItems(items: readonly PaletteItem[], query: string): PaletteItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    const label = item.label.toLowerCase();
    return words.every((word) => label.includes(word));
  });
}

/** Tasks found by the palette's search, after the places and actions that match. */
export function taskItems(tasks: readonly { id: string; title: string }[]): PaletteItem[] {
  return tasks.map((task) => ({
    id: `task-${task.id}`,
    label: `Task: ${task.title}`,
    action: { kind: "openTask", id: task.id },
  }));
}
