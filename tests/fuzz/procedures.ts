import type { AnyProcedure } from "@trpc/server";
import type { $ZodType } from "zod/v4/core";
import { appRouter } from "@/server/trpc/root";

export interface FuzzedProcedure {
  path: string;
  type: "query" | "mutation";
  /** The procedure's zod input, or null for one that takes none. */
  input: $ZodType | null;
}

function isZodSchema(value: unknown): value is $ZodType {
  return typeof value === "object" && value !== null && "_zod" in value;
}

function isProcedure(value: unknown): value is AnyProcedure {
  return typeof value === "function" && "_def" in value;
}

/** A subscription (an SSE stream, opened with GET), with the schema its input is checked against. */
export interface FuzzedSubscription {
  path: string;
  input: $ZodType | null;
}

function everyProcedure() {
  // Typed as the nested record; at run time a flat map from "task.create" to its procedure.
  const flat: Record<string, unknown> = appRouter._def.procedures;
  return Object.entries(flat).map(([path, procedure]) => {
    if (!isProcedure(procedure)) throw new Error(`${path}: not a procedure`);
    const { type, inputs } = procedure._def;
    const [input = null, ...more] = inputs.filter(isZodSchema);
    if (more.length > 0) throw new Error(`${path}: more than one input schema`);
    return { path, type, input };
  });
}

/** Every query and mutation of the app router, with the schema its input is checked against. */
export function routerProcedures(): FuzzedProcedure[] {
  return everyProcedure().flatMap(({ path, type, input }) => (type === "subscription" ? [] : [{ path, type, input }]));
}

/** Every subscription of the app router (streams: fuzzed apart, see trpc.test.ts). */
export function routerSubscriptions(): FuzzedSubscription[] {
  return everyProcedure().flatMap(({ path, type, input }) => (type === "subscription" ? [{ path, input }] : []));
}
