"use client";

import { useIsMutating } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { api } from "@/trpc/react";
import { emptyPlan, isEmptyPlan, planFor, projectOfPath, type RefreshPlan } from "./refresh-plan";

/** Events of one burst (a bulk action elsewhere) are applied together, this long after the first. */
const GATHER_MS = 100;

/**
 * Follows the signed-in user's change feed (`sync.changes`, over SSE, resumed after a dropped connection)
 * and refetches what each change touches, in the background: TanStack Query keeps showing the current data
 * until the new arrives. It waits while this tab is saving something (a refetch landing mid-save could show
 * the state from before its optimistic change) or while a task is being dragged. Forms keep their own
 * copy (the details dialog edits the version it opened), so nothing the user is typing is replaced.
 * The stream starts from the feed's head as the server read it with the page's shell (`sidebar.get`'s
 * `feedHead`): what changed since the page was drawn is replayed, however long loading took. It starts as
 * the page hydrates, before anyone can act on it: started later, it replayed this tab's own first changes
 * late, and their refreshes raced the optimistic changes that followed. Renders nothing.
 */
export function LiveUpdates() {
  const utils = api.useUtils();
  const router = useRouter();
  const pathname = usePathname();
  const saving = useIsMutating() > 0;
  const plan = useRef<RefreshPlan>(emptyPlan());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dragging = useRef(false);
  // Read by the timer when it fires: the latest values, not those of the render that set it.
  const latest = useRef({ saving, pathname });
  latest.current = { saving, pathname };
  // Where the page's data was read, once: later reads of the shell move its head, not this screen's start.
  const [drawnAt] = useState(() => utils.sidebar.get.getData()?.feedHead);

  useEffect(() => {
    const start = () => {
      dragging.current = true;
    };
    const end = () => {
      dragging.current = false;
    };
    document.addEventListener("dragstart", start);
    document.addEventListener("dragend", end);
    document.addEventListener("drop", end);
    return () => {
      document.removeEventListener("dragstart", start);
      document.removeEventListener("dragend", end);
      document.removeEventListener("drop", end);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  function apply() {
    timer.current = null;
    if (latest.current.saving || dragging.current) {
      schedule();
      return;
    }
    const current = plan.current;
    plan.current = emptyPlan();
    if (current.everything) {
      void utils.invalidate();
      router.refresh();
      return;
    }
    if (current.taskLists) {
      void utils.task.list.invalidate();
      void utils.task.completed.invalidate();
      void utils.task.calendar.invalidate();
    }
    for (const id of current.taskIds) {
      void utils.task.byId.invalidate({ id });
      // Comments, the history and one's reminders are news about their task: its details' lists follow.
      void utils.comment.list.invalidate({ taskId: id });
      void utils.task.activity.invalidate({ id });
      void utils.reminder.list.invalidate({ taskId: id });
    }
    // The sidebar, the bell and the reminders are one read: whatever moved any of them refetches it once.
    if (current.projects || current.labels || current.reminders || current.notifications) {
      void utils.sidebar.get.invalidate();
    }
    // A project page's people and share link (a member joined or left, a role changed).
    if (current.projects) void utils.project.invalidate();
    for (const projectId of current.sectionsOf) void utils.section.list.invalidate({ projectId });
    if (current.notifications) {
      void utils.notification.list.invalidate();
      void utils.invitation.list.invalidate();
    }
    const shownProject = projectOfPath(latest.current.pathname);
    if (shownProject && current.projectPages.has(shownProject)) router.refresh();
  }

  function schedule() {
    timer.current ??= setTimeout(apply, GATHER_MS);
  }

  api.sync.changes.useSubscription(drawnAt === undefined ? {} : { lastEventId: String(drawnAt) }, {
    onData: (event) => {
      planFor(plan.current, event.data);
      if (!isEmptyPlan(plan.current)) schedule();
    },
    // The session ended (signed out elsewhere): the server's render of this page sends it to sign-in.
    onError: (error) => {
      if (error.data?.code === "UNAUTHORIZED") router.refresh();
    },
  });

  return null;
}
