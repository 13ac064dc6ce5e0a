import { z } from "zod/mini";
import { isAllowedPushEndpoint } from "../push-services";
import { REMINDER_MINUTES_BEFORE_MAX, REMINDER_MINUTES_BEFORE_MIN, REMINDER_PAST_GRACE_MS } from "./reminder-limits";
import { taskId } from "./task";

export {
  REMINDER_DEFAULT_TIME,
  REMINDER_MINUTES_BEFORE_MAX,
  REMINDER_MINUTES_BEFORE_MIN,
  REMINDERS_PER_TASK_MAX,
  reminderKinds,
} from "./reminder-limits";

export const reminderId = z.uuid({ error: "Not a reminder id." });

export const minutesBefore = z
  .int()
  .check(
    z.gte(REMINDER_MINUTES_BEFORE_MIN, "A reminder comes at or before the due time."),
    z.lte(REMINDER_MINUTES_BEFORE_MAX, "Remind at most 4 weeks before."),
  );

export const reminderTaskInput = z.strictObject({ taskId });

/** An instant from an hour ago on: a reminder dated in the past would only be sent at once. */
export const reminderInstant = z
  .date()
  .check(
    z.refine(
      (instant) => instant.getTime() >= Date.now() - REMINDER_PAST_GRACE_MS,
      "Pick a time that is not in the past.",
    ),
  );

/** At an instant, or `minutesBefore` the task's due time. */
export const createReminderInput = z.union([
  z.strictObject({ taskId, absolute: reminderInstant }),
  z.strictObject({ taskId, minutesBefore }),
]);

export const reminderIdInput = z.strictObject({ id: reminderId });

// Web Push: what `PushSubscription.toJSON()` gives in the browser. The server posts to this URL, so a
// subscription must name a known push service (src/lib/push-services.ts); unsubscribing takes any https URL,
// so a subscription saved before that check can still be removed.
const pushEndpoint = z.url({ protocol: /^https$/, error: "A push endpoint is an https URL." }).check(z.maxLength(2000));
const pushServiceEndpoint = pushEndpoint.check(
  z.refine(isAllowedPushEndpoint, "A push endpoint must be on a known push service (FCM, Mozilla, Windows, Apple)."),
);
const base64url = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9_-]+=*$/));

export const pushSubscribeInput = z.strictObject({
  endpoint: pushServiceEndpoint,
  keys: z.object({ p256dh: base64url, auth: base64url }),
  userAgent: z.optional(z.string().check(z.maxLength(500))),
});

export const pushUnsubscribeInput = z.strictObject({ endpoint: pushEndpoint });
