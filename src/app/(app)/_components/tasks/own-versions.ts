/**
 * The versions (`updatedAt`) this client itself replaced, per task. An edit begun on a version the
 * client has since replaced with its own save is sent against the newest one, so it is not refused
 * as a conflict; a change made anywhere else still is. Keyed by task: two tasks can share a
 * millisecond (an optimistic copy's client time and another task's save).
 */
export class OwnVersions {
  readonly #next = new Map<string, Date>();

  remember(taskId: string, before: Date, after: Date) {
    if (before.getTime() !== after.getTime()) this.#next.set(key(taskId, before), after);
  }

  latest(taskId: string, seen: Date): Date {
    let version = seen;
    // Each step is a later save; the visited set only guards against a clock that went backwards.
    const visited = new Set<number>();
    for (let next = this.#next.get(key(taskId, version)); next && !visited.has(next.getTime()); ) {
      visited.add(next.getTime());
      version = next;
      next = this.#next.get(key(taskId, version));
    }
    return version;
  }
}

const key = (taskId: string, version: Date) => `${taskId}@${version.getTime()}`;

/** This client's own saves, across every list on screen (a task can be in a view and in its parent's subtasks). */
export const ownVersions = new OwnVersions();
