/** The app's address of a task: the Inbox view opens its details from `?task=`. Used by reminders. */
export function taskPath(taskId: string): `/${string}` {
  return `/?task=${encodeURIComponent(taskId)}`;
}
