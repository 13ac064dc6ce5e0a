"use client";

import { useEffect, useRef } from "react";
import { useSidebarPart } from "../sidebar/sidebar-data";
import { registerServiceWorker, showReminder } from "./browser-notifications";

/** The open app asks for the next hour's reminders (with the sidebar's read) this often: no timers beyond it. */
const POLL_MS = 5 * 60 * 1000;

/**
 * While the app is open, shows each of the user's reminders as a browser notification when it comes
 * due (a timer per reminder of the next hour). Renders nothing.
 */
export function ReminderNotifier() {
  const upcoming = useSidebarPart("reminders", { refetchInterval: POLL_MS, refetchIntervalInBackground: true });
  // Shown this session (by reminder and instant): a refetch before the cron marks it sent shows nothing new.
  const shown = useRef(new Set<string>());

  useEffect(() => {
    void registerServiceWorker();
  }, []);

  useEffect(() => {
    const timers = (upcoming ?? []).flatMap((reminder) => {
      if (!reminder.nextAt) return [];
      const key = `${reminder.id}@${reminder.nextAt.getTime()}`;
      if (shown.current.has(key)) return [];
      const delay = Math.max(0, reminder.nextAt.getTime() - Date.now());
      return [
        window.setTimeout(() => {
          shown.current.add(key);
          void showReminder(reminder);
        }, delay),
      ];
    });
    return () => {
      for (const timer of timers) window.clearTimeout(timer);
    };
  }, [upcoming]);

  return null;
}
