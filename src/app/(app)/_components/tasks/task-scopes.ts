import { type MutationOptions, onlineManager, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";

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

/** A request that got no answer at all (the fetch itself failed), as opposed to one the server refused. */
export function isUnanswered(error: unknown): boolean {
  if (error instanceof TRPCClientError) return error.data === undefined || error.data === null;
  return error instanceof TypeError;
}

/**
 * A change that got no answer while the browser is offline waits for the connection and is sent again
 * (TanStack pauses a retry until it is back online); any other failure is final, rolled back and reported.
 */
export function retryWhileOffline(_failureCount: number, error: unknown): boolean {
  return isUnanswered(error) && !onlineManager.isOnline();
}

/**
 * Asked as a task change settles: whether it is the last one still unanswered, anywhere on the page. Only
 * the last of a burst refetches: a refetch begun sooner could read the server before a change shown
 * meanwhile is stored, and land over it (the row or entry back where it was, until the next answer).
 */
export function isLastTaskChange(queryClient: QueryClient): boolean {
  return queryClient.isMutating({ mutationKey: ["task"] }) === 1;
}

/**
 * Reads `queryKey`'s queries (the task lists) back after a change that moves tasks without editing them
 * itself (a section deleted, a project merged, a comment counted, a task added by quick add). At once when
 * no task change is unanswered; else they are marked stale now and those on screen refetch once every task
 * change has been answered: a read begun sooner would land over a change shown meanwhile (a completed row
 * back until its answer). `fromTaskChange`: asked by a task change of its own as it settles, which still
 * counts as unanswered. Resolves when the read is done, or at once when it waits.
 */
export function readBackAfterTaskChanges(
  queryClient: QueryClient,
  queryKey: QueryKey,
  fromTaskChange = false,
): Promise<void> {
  const unanswered = () => queryClient.isMutating({ mutationKey: ["task"] });
  if (unanswered() <= (fromTaskChange ? 1 : 0)) return queryClient.invalidateQueries({ queryKey });
  const stopWaiting = queryClient.getMutationCache().subscribe(() => {
    if (unanswered() > 0) return;
    stopWaiting();
    // The last change's own read may be under way: joined, not started again.
    void queryClient.refetchQueries({ queryKey, type: "active", stale: true }, { cancelRefetch: false });
  });
  return queryClient.invalidateQueries({ queryKey, refetchType: "none" });
}

/** How every task change meets the network: tried at once, held while offline, sent when back. */
export const TASK_CHANGE_NETWORK = { networkMode: "offlineFirst", retry: retryWhileOffline } as const;

/**
 * Starts one mutation. `useMutation` fixes its scope when the hook is created, but a task's scope is
 * known only when the change is made, so the mutation is built in the cache and run directly (which is
 * what `useMutation`'s `mutate` does). It is sent even when the browser reports being offline (the report
 * can be wrong); if no answer comes while offline, it waits and is sent again when the browser is back
 * online, still in its scope's order (see TASK_CHANGE_NETWORK).
 * The callbacks handle failure; the promise resolves with the answer, or undefined after a failure.
 */
export function startMutation<Data, Variables, Context>(
  queryClient: QueryClient,
  options: ScopedMutation<Data, Variables, Context>,
  variables: Variables,
): Promise<Data | undefined> {
  const mutation = queryClient.getMutationCache().build(queryClient, { ...TASK_CHANGE_NETWORK, ...options });
  return mutation.execute(variables).catch(() => undefined);
}
