"use client";

import dynamic from "next/dynamic";
import { leftOutIfUnloadable } from "@/components/load-failure";

/** The scheduler, its calendar and quick add's parser loaded the first time it opens, not with every page. */
export const LazySchedulerDialog = leftOutIfUnloadable(
  dynamic(() => import("./scheduler-dialog").then((module) => module.SchedulerDialog), { ssr: false }),
);
