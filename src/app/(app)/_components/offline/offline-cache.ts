import {
  type DehydratedState,
  dehydrate,
  hydrate,
  type Mutation,
  matchMutation,
  type Query,
  type QueryClient,
} from "@tanstack/react-query";
import type { CreateTaskInput, createTaskInput } from "@/lib/schemas/task";
import { parse, stringify } from "@/lib/transformer";

// What this browser keeps of a signed-in user's session between loads: the lists last seen (so a reload
// while offline shows them) and the task creates not yet answered (so they are sent when the connection is
// back). Kept per user; bumping the version drops every older copy (its queued creates too), so it changes
// only when what is kept changes shape, not with every build: a deploy must not throw away unsaved tasks.

export const OFFLINE_CACHE_VERSION = 1;
const KEY_PREFIX = "tasklane:offline:";

export const offlineCacheKey = (userId: string) => `${KEY_PREFIX}v${OFFLINE_CACHE_VERSION}:${userId}`;

/** Every key this app may have written, whatever its version or user (what signing out removes). */
export const isOfflineCacheKey = (key: string) => key.startsWith(KEY_PREFIX);

/** The key of a task create: its defaults (mutationFn included) are what a create restored after a reload runs. */
export const TASK_CREATE_KEY = ["task", "create"] as const;

export type QueuedCreate = CreateTaskInput & { id: string };

/** The server's schema of a create (`loadTaskSchemas`: loaded when a kept copy holds creates, not with the page). */
export type CreateTaskSchema = typeof createTaskInput;

/** A create's input as it was kept, if it is still one the server would take (the storage is an edge). */
export function queuedCreateOf(variables: unknown, schema: CreateTaskSchema): QueuedCreate | undefined {
  const parsed = schema.safeParse(variables);
  const id = parsed.data?.id;
  return parsed.success && id ? { ...parsed.data, id } : undefined;
}

/** An input with the client-made id a create is sent again under (the rest is checked when read back). */
const hasClientId = (variables: unknown) =>
  typeof variables === "object" && variables !== null && "id" in variables && typeof variables.id === "string";

/**
 * The lists a screen shows (tRPC query keys start with the procedure's path). Not a task's details: a form
 * opened on an old copy would edit it.
 */
const KEPT_LISTS = new Set(["task.list", "sidebar.get"]);

function isKeptList(query: Query): boolean {
  const [path] = query.queryKey;
  return query.state.status === "success" && Array.isArray(path) && KEPT_LISTS.has(path.join("."));
}

/**
 * A task create still waiting for its answer, with an input that can be sent again after a reload (read back
 * with the server's schema: restoreQueuedCreates).
 */
function isQueuedCreate(mutation: Mutation): boolean {
  return (
    mutation.state.status === "pending" &&
    matchMutation({ mutationKey: [...TASK_CREATE_KEY], exact: true }, mutation) &&
    hasClientId(mutation.state.variables)
  );
}

/** The cache as text: the lists that loaded, and the queued creates in the order they were made. */
export function snapshotOfflineCache(client: QueryClient): string {
  const state = dehydrate(client, {
    shouldDehydrateQuery: isKeptList,
    shouldDehydrateMutation: isQueuedCreate,
  });
  return stringify({ version: OFFLINE_CACHE_VERSION, state });
}

/** A snapshot read back; undefined when unreadable or of another version (then nothing is restored). */
export function parseOfflineCache(text: string): DehydratedState | undefined {
  try {
    const kept = parse<{ version?: unknown; state?: DehydratedState }>(text);
    return kept.version === OFFLINE_CACHE_VERSION && kept.state ? kept.state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts the queued creates back, paused, to be sent by `resumePausedMutations` (at once, or when the
 * browser is back online), in their scope's order: those the server's schema still takes. Returns their inputs.
 */
export function restoreQueuedCreates(
  client: QueryClient,
  state: DehydratedState,
  schema: CreateTaskSchema,
): QueuedCreate[] {
  const cached = client.getMutationCache().getAll();
  const creates = state.mutations.flatMap((mutation) => {
    const input = queuedCreateOf(mutation.state.variables, schema);
    const known = cached.some((mine) => queuedCreateOf(mine.state.variables, schema)?.id === input?.id);
    return input && !known ? [{ mutation: { ...mutation, state: { ...mutation.state, isPaused: true } }, input }] : [];
  });
  hydrate(client, { mutations: creates.map(({ mutation }) => mutation) });
  return creates.map(({ input }) => input);
}

/** Puts the lists back, each only if newer than the cached one (what the page brought). */
export function restoreLists(client: QueryClient, state: DehydratedState) {
  hydrate(client, { queries: state.queries });
}
