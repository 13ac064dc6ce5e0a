import { z } from "zod/mini";
import { emailableKinds } from "@/lib/notifications";

export const notificationId = z.uuid({ error: "Not a notification id." });

/** Keyset cursor: the last notification of the previous page (`direction`: what infinite queries send). */
export const listNotificationsInput = z.optional(
  z.strictObject({
    cursor: z.nullish(z.strictObject({ createdAt: z.date(), id: notificationId })),
    direction: z.optional(z.literal("forward")),
  }),
);

export const markNotificationsReadInput = z.strictObject({
  ids: z.array(notificationId).check(z.minLength(1), z.maxLength(100, "Mark at most 100 at once.")),
});

export const notificationPreferencesInput = z.strictObject({
  /** The kinds that also come by email; the others only show in the app. */
  email: z.array(z.enum(emailableKinds)).check(z.maxLength(emailableKinds.length)),
});
