import "server-only";
import { createLabelInput, labelIdInput, mergeLabelsInput, updateLabelInput } from "@/lib/schemas/label";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { createLabel, deleteLabel, mergeLabels, updateLabel } from "./mutations";
import { listLabels } from "./queries";

export const labelRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listLabels(ctx.db, ctx.user.id)),

  create: protectedProcedure
    .input(createLabelInput)
    .mutation(({ ctx, input }) => createLabel(ctx.db, ctx.user.id, input)),

  update: protectedProcedure
    .input(updateLabelInput)
    .mutation(({ ctx, input }) => updateLabel(ctx.db, ctx.user.id, input)),

  /** Gives every task of `fromId` the label `intoId` instead, then deletes `fromId`. */
  merge: protectedProcedure
    .input(mergeLabelsInput)
    .mutation(({ ctx, input }) => mergeLabels(ctx.db, ctx.user.id, input)),

  /** Deletes the label; its tasks keep their other labels. */
  delete: protectedProcedure
    .input(labelIdInput)
    .mutation(({ ctx, input }) => deleteLabel(ctx.db, ctx.user.id, input.id)),
});
