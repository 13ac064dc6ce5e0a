import "server-only";
import { task } from "@/server/db/schema";
import type { ManualOrder } from "@/server/manual-order";
import { ownedLiveTask } from "./queries";

/**
 * The tasks' manual order. Keys are computed over all the user's tasks, trashed ones included: a
 * restored task keeps its key, so a new key must never reuse it (a unique index on (user_id, position)
 * backs this up). Only live tasks can be named as neighbours.
 */
export const taskOrder: ManualOrder = {
  noun: "task",
  table: task,
  id: task.id,
  userId: task.userId,
  position: task.position,
  nameable: (userId) => ownedLiveTask(userId),
};
