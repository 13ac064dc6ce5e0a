import { z } from "zod/mini";
import { REMINDER_MINUTES_BEFORE_MAX } from "./reminder-limits";
import { taskId } from "./task";

export {
  REMINDER_DEFAULT_TIME,
  REMINDER_MINUTES_BEFORE_MAX,
  REMINDERS_PER_TASK_MAX,
  reminderKinds,
} from "./reminder-limits";

export const reminderId = z.uuid({ error: "Not a reminder id." });

export const minutesBefore = z
  .int()
  .check(
    z.gte(0, "A reminder comes at or before the due time."),
    z.lte(REMINDER_MINUTES_BEFORE_MAX, "Remind at most 4 weeks before."),
  );

export const reminderTaskInput = z.strictObject({ taskId });

/** At an instant, or `minutesBefore` the task's due time. */
export const createReminderInput = z.union([
  z.strictObject({ taskId, absolute: z.date() }),
  z.strictObject({ taskId, minutesBefore }),
]);

export const reminderIdInput = z.strictObject({ id: reminderId });

// Web Push: what `PushSubscription.toJSON()` gives in the browser. Push services are https only, and
// the server posts to this URL, so nothing else is accepted.
const pushEndpoint = z.url({ protocol: /^https$/, error: "A push endpoint is an https URL." }).check(z.maxLength(2000));
const base64url = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9_-]+=*$/));

export const pushSubscribeInput = z.strictObject({
  endpoint: pushEndpoint,
  keys: z.object({ p256dh: base64url, auth: base64url }),
  userAgent: z.optional(z.string().check(z.maxLength(500))),
});

export const pushUnsubscribeInput = z.strictObject({ endpoint: pushEndpoint });
