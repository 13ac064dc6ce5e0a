"use client";

import dynamic from "next/dynamic";
import { leftOutIfUnloadable, preload } from "@/components/load-failure";

// The keyboard shell's dialogs, each loaded the first time it opens (a shortcut or a button), not with every
// page: quick add with its parser (chrono-node), the command palette, the list of shortcuts.

export const LazyQuickAddDialog = leftOutIfUnloadable(
  dynamic(() => import("../quick-add/quick-add-dialog").then((module) => module.QuickAddDialog), { ssr: false }),
);

export const LazyCommandPalette = leftOutIfUnloadable(
  dynamic(() => import("./command-palette").then((module) => module.CommandPalette), {
    ssr: false,
  }),
);

export const LazyShortcutsDialog = leftOutIfUnloadable(
  dynamic(() => import("./shortcuts-dialog").then((module) => module.ShortcutsDialog), { ssr: false }),
);

/** Starts loading quick add (hovering or focusing its button), so its first opening is instant. */
export const preloadQuickAddDialog = () => preload(() => import("../quick-add/quick-add-dialog"));
