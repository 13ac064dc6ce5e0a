/**
 * What the change feed (`sync.changes`) names: shared by the server that appends and streams it and the
 * browser that refetches what an event touches.
 */
export const changeEntities = ["task", "project", "section", "member", "label", "notification"] as const;
export type ChangeEntity = (typeof changeEntities)[number];

export const changeOps = ["insert", "update", "delete"] as const;
export type ChangeOp = (typeof changeOps)[number];

/** One change the user may see: `id` is the task's, project's, section's, label's, or (for `member`) the member's user id. */
export interface EntityChange {
  entity: ChangeEntity;
  id: string;
  projectId: string | null;
  op: ChangeOp;
}

/**
 * A stream's events: changes, plus `ready` (the stream is live from here: its event id is where a
 * reconnection resumes) and `resync` (the changes since the last event id are no longer kept: refetch
 * everything).
 */
export type ChangeEvent = EntityChange | { entity: "ready" } | { entity: "resync" };
