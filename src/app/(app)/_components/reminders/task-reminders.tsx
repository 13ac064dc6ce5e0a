"use client";

import { useId } from "react";
import { Icon } from "@/components/icon";
import { api } from "@/trpc/react";
import { useHourCycle } from "../hour-cycle";
import { reportFailure } from "../tasks/mutation-errors";
import type { Task } from "../tasks/task-pages";
import { useReadTaskListsBack } from "../tasks/use-read-task-lists-back";
import { AddReminderForm } from "./add-reminder-form";
import { askNotificationPermission, pushSubscriptionFor } from "./browser-notifications";
import { describeReminder } from "./reminder-text";

/** A task's reminders in its details: the list, one-click delete, and "add" at a time or before the due time. */
export function TaskReminders({ task, timeZone, today }: { task: Task; timeZone: string; today: string }) {
  const id = useId();
  const hourCycle = useHourCycle();
  const utils = api.useUtils();
  const readTaskListsBack = useReadTaskListsBack();
  const reminders = api.reminder.list.useQuery({ taskId: task.id });
  const publicKey = api.push.publicKey.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY });
  const subscribe = api.push.subscribe.useMutation();
  // The rows' reminder bell comes with the task lists, the open app's next hour with the sidebar's read.
  const refresh = () => Promise.all([utils.reminder.invalidate(), readTaskListsBack(), utils.sidebar.get.invalidate()]);
  const create = api.reminder.create.useMutation({
    onError: (error, variables) => reportFailure(error, () => create.mutate(variables)),
    onSettled: refresh,
  });
  const remove = api.reminder.delete.useMutation({
    onError: (error, variables) => reportFailure(error, () => remove.mutate(variables)),
    onSettled: refresh,
  });

  /** The first reminder asks for notifications (and this browser's push subscription when the server has VAPID). */
  async function enableNotifications() {
    const permission = await askNotificationPermission();
    if (permission !== "granted" || !publicKey.data) return;
    const subscription = await pushSubscriptionFor(publicKey.data).catch(() => null);
    const { endpoint, keys } = subscription ?? {};
    if (endpoint && keys?.p256dh && keys.auth) {
      subscribe.mutate({ endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth }, userAgent: navigator.userAgent });
    }
  }

  const items = reminders.data ?? [];
  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-border px-5 py-4">
      <h3 id={`${id}-heading`} className="mb-1 text-sm font-semibold">
        Reminders
      </h3>
      {items.length ? (
        <ul aria-label={`Reminders of “${task.title}”`} className="mb-2 flex flex-col">
          {items.map((reminder) => {
            const text = describeReminder(reminder, timeZone, hourCycle);
            return (
              <li key={reminder.id} className="flex min-h-9 items-center gap-2 text-sm">
                <Icon name="bell-ring" className="size-4 text-muted" />
                <span className="flex-1">
                  {text}
                  {reminder.sentAt ? <span className="text-muted"> · sent</span> : null}
                </span>
                <button
                  type="button"
                  onClick={() => remove.mutate({ id: reminder.id })}
                  aria-label={`Delete reminder ${text}`}
                  className="inline-flex size-9 items-center justify-center rounded-md hover:bg-surface"
                >
                  <Icon name="x" className="size-4" />
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mb-2 text-sm text-muted">No reminders.</p>
      )}
      <AddReminderForm
        task={task}
        timeZone={timeZone}
        today={today}
        pending={create.isPending}
        onAdd={(input) => {
          create.mutate(input);
          void enableNotifications();
        }}
      />
    </section>
  );
}
