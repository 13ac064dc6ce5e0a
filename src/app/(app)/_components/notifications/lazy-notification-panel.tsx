"use client";

import dynamic from "next/dynamic";
import { leftOutIfUnloadable, preload } from "@/components/load-failure";

/** The bell's inbox, loaded the first time it opens (its unread count comes with the page). */
export const LazyNotificationPanel = leftOutIfUnloadable(
  dynamic(() => import("./notification-panel").then((module) => module.NotificationPanel), { ssr: false }),
);

/** Starts loading it (hovering or focusing the bell), so its first opening is instant. */
export const preloadNotificationPanel = () => preload(() => import("./notification-panel"));
