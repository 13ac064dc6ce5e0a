/**
 * How many changes of each task are shown (optimistically) and not yet answered, across every list on
 * screen (a task can be in a view and in its parent's subtasks). While a later change of a task waits in
 * its scope, an earlier change's answer is the task as it was before that later change: put on screen,
 * it would take the row back a step (Upcoming's row to the day it left, until the next answer), and a key
 * pressed meanwhile would act on that older copy. So only the last change's answer is shown; the earlier
 * ones still carry the version forward (own-versions.ts).
 */
export class UnansweredChanges {
  readonly #count = new Map<string, number>();

  /** A change of these tasks is shown: from its optimistic edit until its answer has been handled. */
  begin(taskIds: readonly string[]) {
    for (const id of taskIds) this.#count.set(id, (this.#count.get(id) ?? 0) + 1);
  }

  /** That change was answered (or failed) and its answer handled. */
  end(taskIds: readonly string[]) {
    for (const id of taskIds) {
      const left = (this.#count.get(id) ?? 0) - 1;
      if (left > 0) this.#count.set(id, left);
      else this.#count.delete(id);
    }
  }

  /** Asked by a change that is itself still counted: whether another change of the task awaits its answer. */
  othersWaiting(taskId: string): boolean {
    return (this.#count.get(taskId) ?? 0) > 1;
  }
}

export const unansweredChanges = new UnansweredChanges();
