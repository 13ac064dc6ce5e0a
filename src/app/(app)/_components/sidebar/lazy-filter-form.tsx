"use client";

import dynamic from "next/dynamic";

/** The filter editor and the query parser it checks with, loaded when a filter is first added or edited. */
export const LazyFilterForm = dynamic(() => import("./filter-form").then((module) => module.FilterForm), {
  ssr: false,
});
