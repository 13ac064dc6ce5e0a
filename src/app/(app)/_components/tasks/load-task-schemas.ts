export type TaskSchemas = typeof import("@/lib/schemas/task");

/**
 * The task schemas (and zod under them) for the browser's own checks: a typed title, a `?task=` id, a create
 * kept offline. Loaded at their first use (a title field primes it with the parser), not with every list.
 */
export const loadTaskSchemas = (): Promise<TaskSchemas> => import("@/lib/schemas/task");
