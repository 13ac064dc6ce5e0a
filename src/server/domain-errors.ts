import "server-only";

/**
 * The refusals modules throw, in the caller's words, without knowing how they travel: the one mapping
 * in trpc/errors.ts gives each kind its tRPC code. Something the caller may not see is
 * `notFound`, never `forbidden` (no existence leak); `forbidden` is for what they see but may not do.
 */
export type DomainErrorKind = "notFound" | "invalid" | "conflict" | "forbidden";

export class DomainError extends Error {
  override name = "DomainError";

  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** "Task not found." for `notFound("Task")`; `{ message }` where the thing is named another way. */
export function notFound(what: string | { message: string }): DomainError {
  return new DomainError("notFound", typeof what === "string" ? `${what} not found.` : what.message);
}

/** Input the schema let through that the data refuses (a cursor from another list, a subtask's project). */
export function invalid(message: string): DomainError {
  return new DomainError("invalid", message);
}

/** The change collides with the data as it is now (taken id or name, a version the caller did not see). */
export function conflict(message: string, options?: ErrorOptions): DomainError {
  return new DomainError("conflict", message, options);
}

/** The caller sees the thing but may not do this (a limit reached, the demo account, a stale sign-in). */
export function forbidden(message: string): DomainError {
  return new DomainError("forbidden", message);
}
