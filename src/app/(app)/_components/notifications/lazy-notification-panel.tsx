"use client";

import dynamic from "next/dynamic";

/** The bell's inbox, loaded the first time it opens (its unread count comes with the page). */
export const LazyNotificationPanel = dynamic(
  () => import("./notification-panel").then((module) => module.NotificationPanel),
  { ssr: false },
);

/** Starts loading it (hovering or focusing the bell), so its first opening is instant. */
export const preloadNotificationPanel = () => void import("./notification-panel");
