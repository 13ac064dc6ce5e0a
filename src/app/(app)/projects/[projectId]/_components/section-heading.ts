/** The heading of each part of the share dialog. */
export const shareSectionHeading = "text-sm font-semibold";

/** A select in the share dialog, as the app's other selects. */
export const shareSelect = "min-h-10 rounded-md border border-border bg-bg px-3 text-base text-fg";
