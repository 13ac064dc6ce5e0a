"use client";

import dynamic from "next/dynamic";

// The list's other shapes, each loaded by the pages that show it (still server-rendered there), so the
// Inbox and Today do not carry the board, the sections or Upcoming's days in their JavaScript.

export const ProjectBoard = dynamic(() => import("../board/project-board").then((module) => module.ProjectBoard));

export const ProjectSections = dynamic(() =>
  import("../sections/project-sections").then((module) => module.ProjectSections),
);

export const UpcomingDays = dynamic(() => import("./upcoming-days").then((module) => module.UpcomingDays));
