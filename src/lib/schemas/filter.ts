import { z } from "zod/mini";
import { FILTER_QUERY_MAX } from "../filters/limits";
import { colorName } from "./colors";

export const FILTER_NAME_MAX = 60;
export { FILTER_QUERY_MAX };

export const filterId = z.uuid({ error: "Not a filter id." });

export const filterName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Enter a filter name."),
    z.maxLength(FILTER_NAME_MAX, `Use at most ${FILTER_NAME_MAX} characters.`),
  );

/**
 * A query in the filter language (src/lib/filters/parse.ts); whether it parses is the server's check. Not
 * trimmed, so a parse error's position counts from the first character as typed.
 */
export const filterQuery = z.string().check(
  z.refine((query) => query.trim() !== "", "Enter a query."),
  z.maxLength(FILTER_QUERY_MAX, `Use at most ${FILTER_QUERY_MAX} characters.`),
);

export const parseFilterInput = z.strictObject({
  // Any text (a blank or over-long one gets a parse error, not a refusal): the editor sends what is typed.
  query: z.string().check(z.maxLength(FILTER_QUERY_MAX * 2, "That query is too long.")),
});

export const createFilterInput = z.strictObject({
  id: z.optional(filterId),
  name: filterName,
  query: filterQuery,
  color: z._default(colorName, "gray"),
});

export const updateFilterInput = z
  .strictObject({
    id: filterId,
    name: z.optional(filterName),
    query: z.optional(filterQuery),
    color: z.optional(colorName),
  })
  .check(
    z.refine((input) => [input.name, input.query, input.color].some((value) => value !== undefined), {
      error: "Nothing to change.",
    }),
  );

export const filterIdInput = z.strictObject({ id: filterId });

export const reorderFilterInput = z
  .strictObject({
    id: filterId,
    afterId: z.nullish(filterId),
    beforeId: z.nullish(filterId),
  })
  .check(
    z.refine((input) => input.afterId !== input.id && input.beforeId !== input.id, {
      error: "A filter cannot move next to itself.",
    }),
  );
