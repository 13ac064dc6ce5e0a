import "server-only";
import { z } from "zod/mini";
import { colorNames } from "@/lib/schemas/colors";
import { EXPORT_FORMAT } from "@/server/modules/account/export";

// The parts of `account.export`'s JSON a restore reads (projects, sections, labels, tasks with their labels,
// and comments); the rest of the file (sessions, notifications, conversations…) is not restored. Checked as
// data: sizes are bounded again by the database's own checks when the rows are written.

const id = z.string().check(z.minLength(1), z.maxLength(100));
const instant = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), "Not a date and time."));
const nullableInstant = z.nullable(instant);

export const exportedProject = z.object({
  id,
  name: z.string(),
  color: z.enum(colorNames),
  archivedAt: nullableInstant,
  createdAt: instant,
});

export const exportedSection = z.object({ id, projectId: id, name: z.string(), position: z.string() });

export const exportedLabel = z.object({ id, name: z.string(), color: z.enum(colorNames), createdAt: instant });

export const exportedTask = z.object({
  id,
  projectId: z.nullable(id),
  /** Exports made before sections have none. */
  sectionId: z._default(z.nullable(id), null),
  parentId: z.nullable(id),
  title: z.string(),
  description: z.string(),
  priority: z.number().check(z.int(), z.gte(1), z.lte(4)),
  dueDate: z.nullable(z.string()),
  dueTime: z.nullable(z.string()),
  deadline: z.nullable(z.string()),
  recurrence: z.nullable(
    z.object({
      rrule: z.string(),
      from: z.enum(["due", "completion"]),
      occurrencesCompleted: z.number().check(z.int(), z.gte(0)),
      /** Dates moved out of the series (#19's calendar); older exports have none. */
      exceptions: z._default(z.array(z.string()), []),
    }),
  ),
  completedAt: nullableInstant,
  position: z.string(),
  deletedAt: nullableInstant,
  createdAt: instant,
  labelIds: z.array(id),
});

export const exportedComment = z.object({ id, taskId: id, body: z.string(), createdAt: instant });

export const tasklaneExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  projects: z.array(exportedProject),
  sections: z._default(z.array(exportedSection), []),
  labels: z.array(exportedLabel),
  tasks: z.array(exportedTask),
  comments: z.array(exportedComment),
});

export type TasklaneExport = z.output<typeof tasklaneExport>;
