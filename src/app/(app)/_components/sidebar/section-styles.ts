/** The heading of each of the sidebar's sections (Projects, Labels, Filters). */
export const sectionHeading = "px-2 text-xs font-semibold uppercase tracking-wide text-muted";
