/** Classes shared by the sidebar's Projects and Labels sections. */
export const sectionHeading = "px-2 text-xs font-semibold uppercase tracking-wide text-muted";
export const addButton =
  "flex min-h-9 w-full items-center gap-2 rounded-md px-2 text-left text-sm text-muted hover:bg-surface hover:text-fg";
