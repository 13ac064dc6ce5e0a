"use client";

import dynamic from "next/dynamic";
import { leftOutIfUnloadable, preload } from "@/components/load-failure";

// The sidebar's forms (and the schemas they check with), each loaded the first time its dialog opens, not
// with every page. The dialog opens at once; SidebarDialog focuses the form's field when it arrives.

/** The filter editor and the query parser it checks with. */
export const LazyFilterForm = leftOutIfUnloadable(
  dynamic(() => import("./filter-form").then((module) => module.FilterForm), {
    ssr: false,
  }),
);

export const LazyNameColorForm = leftOutIfUnloadable(
  dynamic(() => import("./name-color-form").then((module) => module.NameColorForm), {
    ssr: false,
  }),
);

export const LazyDeleteProjectForm = leftOutIfUnloadable(
  dynamic(() => import("./delete-forms").then((module) => module.DeleteProjectForm), { ssr: false }),
);

export const LazyDeleteLabelForm = leftOutIfUnloadable(
  dynamic(() => import("./delete-forms").then((module) => module.DeleteLabelForm), {
    ssr: false,
  }),
);

export const LazyMergeLabelForm = leftOutIfUnloadable(
  dynamic(() => import("./delete-forms").then((module) => module.MergeLabelForm), {
    ssr: false,
  }),
);

export const LazyDeleteFilterForm = leftOutIfUnloadable(
  dynamic(() => import("./delete-forms").then((module) => module.DeleteFilterForm), {
    ssr: false,
  }),
);

let preloaded = false;

/** Starts loading the forms (the pointer on, or the focus in, what opens them: an actions menu, an Add button). */
export function preloadSidebarForms() {
  if (preloaded) return;
  preloaded = true;
  preload(() => import("./name-color-form"));
  preload(() => import("./delete-forms"));
  preload(() => import("./filter-form"));
}
