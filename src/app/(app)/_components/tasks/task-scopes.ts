import type { MutationOptions, QueryClient } from "@tanstack/react-query";

/**
 * Every task change is a TanStack Query mutation in a scope: mutations of one scope run one after
 * another, in the order they were made, each after the one before has been answered. A task's own
 * changes share its scope (an edit sees the result of the one before); creates share one scope, so tasks
 * added in quick succession are stored in the order they were typed; bulk changes (and their undo steps)
 * share another.
 */
export const taskScope = (taskId: string) => ({ id: `task:${taskId}` });
export const CREATE_SCOPE = { id: "task:create" };
export const BULK_SCOPE = { id: "task:bulk" };

export type ScopedMutation<Data, Variables, Context> = MutationOptions<Data, unknown, Variables, Context> & {
  mutationKey: readonly unknown[];
  scope: { id: string };
};

/**
 * Starts one mutation. `useMutation` fixes its scope when the hook is created, but a task's scope is
 * known only when the change is made, so the mutation is built in the cache and run directly (which is
 * what `useMutation`'s `mutate` does). It runs even when the browser reports being offline: the request
 * then fails and the change is rolled back and reported, as any other failure.
 * The callbacks handle failure; the promise resolves with the answer, or undefined after a failure.
 */
export function startMutation<Data, Variables, Context>(
  queryClient: QueryClient,
  options: ScopedMutation<Data, Variables, Context>,
  variables: Variables,
): Promise<Data | undefined> {
  const mutation = queryClient.getMutationCache().build(queryClient, { networkMode: "always", ...options });
  return mutation.execute(variables).catch(() => undefined);
}
