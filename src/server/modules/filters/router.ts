import "server-only";
import {
  createFilterInput,
  filterIdInput,
  parseFilterInput,
  reorderFilterInput,
  updateFilterInput,
} from "@/lib/schemas/filter";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";
import { createFilter, deleteFilter, reorderFilter, updateFilter } from "./mutations";
import { checkFilter } from "./parse-query";
import { filterById, listFilters } from "./queries";

export const filterRouter = createTRPCRouter({
  /** `{ valid: true, ast }` or `{ valid: false, error: { position, message } }`; never throws for a bad query. */
  parse: protectedProcedure.input(parseFilterInput).query(({ input }) => checkFilter(input.query)),

  list: protectedProcedure.query(({ ctx }) => listFilters(ctx.db, ctx.user.id)),

  byId: protectedProcedure.input(filterIdInput).query(({ ctx, input }) => filterById(ctx.db, ctx.user.id, input.id)),

  create: protectedProcedure
    .input(createFilterInput)
    .mutation(({ ctx, input }) => createFilter(ctx.db, ctx.user.id, input)),

  update: protectedProcedure
    .input(updateFilterInput)
    .mutation(({ ctx, input }) => updateFilter(ctx.db, ctx.user.id, input)),

  reorder: protectedProcedure
    .input(reorderFilterInput)
    .mutation(({ ctx, input }) => reorderFilter(ctx.db, ctx.user.id, input)),

  delete: protectedProcedure
    .input(filterIdInput)
    .mutation(({ ctx, input }) => deleteFilter(ctx.db, ctx.user.id, input.id)),
});
