import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { createLabelInput, labelIdInput, mergeLabelsInput, updateLabelInput } from "@/lib/schemas/label";
import { label, taskLabel } from "@/server/db/schema";
import { conflict, notFound } from "@/server/domain-errors";
import { addLabelToTasks } from "@/server/modules/tasks/labels";
import { assertWithinQuota } from "@/server/quotas";
import { uniqueViolationConstraint } from "@/server/trpc/errors";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { listLabels } from "./queries";

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

export const labelRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listLabels(ctx.db, ctx.user.id)),

  create: protectedProcedure.input(createLabelInput).mutation(async ({ ctx, input }) => {
    const [created] = await withNameCheck(input.name, () =>
      ctx.db.transaction(async (tx) => {
        await assertWithinQuota(tx, ctx.user.id, "labels");
        return tx
          .insert(label)
          .values({ ...input, userId: ctx.user.id })
          .returning();
      }),
    );
    // `returning` gives the inserted row (a failed insert throws); this narrows the type.
    if (!created) throw new Error("The insert returned no row.");
    return created;
  }),

  update: protectedProcedure.input(updateLabelInput).mutation(async ({ ctx, input }) => {
    const { id, ...changes } = input;
    const [updated] = await withNameCheck(input.name, () =>
      ctx.db.update(label).set(changes).where(owned(ctx.user.id, id)).returning(),
    );
    if (!updated) throw notFound("Label");
    return updated;
  }),

  /** Gives every task of `fromId` the label `intoId` instead, then deletes `fromId`. */
  merge: protectedProcedure.input(mergeLabelsInput).mutation(async ({ ctx, input }) => {
    return ctx.db.transaction(async (tx) => {
      const found = await tx
        .select({ id: label.id })
        .from(label)
        .where(and(eq(label.userId, ctx.user.id), inArray(label.id, [input.fromId, input.intoId])))
        .for("update");
      if (found.length !== 2) throw notFound("Label");
      const tagged = await tx
        .select({ taskId: taskLabel.taskId })
        .from(taskLabel)
        .where(eq(taskLabel.labelId, input.fromId));
      const taskIds = tagged.map((row) => row.taskId);
      if (taskIds.length) await addLabelToTasks(tx, ctx.user.id, taskIds, input.intoId);
      await tx.delete(label).where(owned(ctx.user.id, input.fromId));
      const [into] = await tx.select().from(label).where(owned(ctx.user.id, input.intoId));
      if (!into) throw notFound("Label");
      return { label: into, taskCount: taskIds.length };
    });
  }),

  /** Deletes the label; its tasks keep their other labels. */
  delete: protectedProcedure.input(labelIdInput).mutation(async ({ ctx, input }) => {
    const [deleted] = await ctx.db.delete(label).where(owned(ctx.user.id, input.id)).returning({ id: label.id });
    if (!deleted) throw notFound("Label");
    return deleted;
  }),
});
