import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod/mini";
import type { createLabelInput, mergeLabelsInput, updateLabelInput } from "@/lib/schemas/label";
import type { Database } from "@/server/db";
import { label, taskLabel } from "@/server/db/schema";
import { conflict, notFound } from "@/server/domain-errors";
import { addLabelToTasks } from "@/server/modules/tasks/labels";
import { assertWithinQuota } from "@/server/quotas";
import { uniqueViolationConstraint } from "@/server/trpc/errors";

const owned = (userId: string, id: string) => and(eq(label.userId, userId), eq(label.id, id));

/** Names are unique per user ignoring case; say so in words rather than a generic conflict. */
async function withNameCheck<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (name !== undefined && uniqueViolationConstraint(error) === "label_user_name_unique") {
      throw conflict(`You already have a label called "${name}".`, { cause: error });
    }
    throw error;
  }
}

export async function createLabel(db: Database, userId: string, input: z.output<typeof createLabelInput>) {
  const [created] = await withNameCheck(input.name, () =>
    db.transaction(async (tx) => {
      await assertWithinQuota(tx, userId, "labels");
      return tx
        .insert(label)
        .values({ ...input, userId })
        .returning();
    }),
  );
  // `returning` gives the inserted row (a failed insert throws); this narrows the type.
  if (!created) throw new Error("The insert returned no row.");
  return created;
}

export async function updateLabel(db: Database, userId: string, input: z.output<typeof updateLabelInput>) {
  const { id, ...changes } = input;
  const [updated] = await withNameCheck(input.name, () =>
    db.update(label).set(changes).where(owned(userId, id)).returning(),
  );
  if (!updated) throw notFound("Label");
  return updated;
}

/** Gives every task of `fromId` the label `intoId` instead, then deletes `fromId`. */
export function mergeLabels(db: Database, userId: string, input: z.output<typeof mergeLabelsInput>) {
  return db.transaction(async (tx) => {
    const found = await tx
      .select({ id: label.id })
      .from(label)
      .where(and(eq(label.userId, userId), inArray(label.id, [input.fromId, input.intoId])))
      .for("update");
    if (found.length !== 2) throw notFound("Label");
    const tagged = await tx
      .select({ taskId: taskLabel.taskId })
      .from(taskLabel)
      .where(eq(taskLabel.labelId, input.fromId));
    const taskIds = tagged.map((row) => row.taskId);
    if (taskIds.length) await addLabelToTasks(tx, userId, taskIds, input.intoId);
    await tx.delete(label).where(owned(userId, input.fromId));
    const [into] = await tx.select().from(label).where(owned(userId, input.intoId));
    if (!into) throw notFound("Label");
    return { label: into, taskCount: taskIds.length };
  });
}

/** Deletes the label; its tasks keep their other labels. */
export async function deleteLabel(db: Database, userId: string, id: string) {
  const [deleted] = await db.delete(label).where(owned(userId, id)).returning({ id: label.id });
  if (!deleted) throw notFound("Label");
  return deleted;
}
