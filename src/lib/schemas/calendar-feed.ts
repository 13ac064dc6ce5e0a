import { z } from "zod/mini";

/** A feed of every task the user can see (no projectId), or of one project's. */
export const createCalendarFeedInput = z.strictObject({
  projectId: z.optional(z.uuid("That project does not exist.")),
});

export const calendarFeedIdInput = z.strictObject({ id: z.uuid("That feed does not exist.") });

/** The token in a feed's address: the prefix, then 43 base64url characters (256 random bits). */
export const CALENDAR_FEED_TOKEN_PATTERN = /^tlcal_[A-Za-z0-9_-]{43}$/;
