import "server-only";
import { z } from "zod";
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from "@/lib/schemas/task";

// The tools' input fields, described for a model. The routers validate everything again (the
// shared schemas in src/lib/schemas): these only say what to send.

export const taskId = z.uuid().describe("The task's id, as list_tasks or search_tasks return it.");
export const title = z.string().trim().min(1).max(TASK_TITLE_MAX).describe("What to do.");
export const description = z.string().max(TASK_DESCRIPTION_MAX).describe("Notes, in markdown.");
export const priority = z.int().min(1).max(4).describe("1 is the most urgent (p1); 4 is none (p4).");
export const dueDate = z.iso.date().describe("YYYY-MM-DD, in the user's time zone.");
export const dueTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .describe("HH:mm, in the user's time zone; needs a due date.");
export const recurrence = z
  .strictObject({
    rrule: z.string().max(500).describe('An RFC 5545 RRULE without DTSTART, e.g. "FREQ=WEEKLY;BYDAY=MO".'),
    from: z.enum(["due", "completion"]).describe('"due": every …; "completion": … after each completion.'),
  })
  .describe("How the task repeats; needs a due date.");
export const projectId = z.uuid().describe("A project's id from list_projects; null is the Inbox.");
export const labelIds = z.array(z.uuid()).max(20).describe("Label ids from list_labels.");
