"use client";

import dynamic from "next/dynamic";

/** The scheduler, its calendar and quick add's parser loaded the first time it opens, not with every page. */
export const LazySchedulerDialog = dynamic(
  () => import("./scheduler-dialog").then((module) => module.SchedulerDialog),
  { ssr: false },
);
