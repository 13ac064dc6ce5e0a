import { TRPCClientError, type TRPCClientErrorLike } from "@trpc/client";
import { toast } from "@/components/toast";
import { withReference } from "@/lib/error-reference";
import { TASK_CONFLICT_MESSAGE } from "@/lib/limits";
import type { AppRouter } from "@/server/trpc/root";

export type AppError = TRPCClientErrorLike<AppRouter>;

/** What a failure is told apart by: the server's code (absent when no answer came) and its words. */
type Failure = Pick<AppError, "message"> & { data?: { code?: string } | null | undefined };

export type FailureKind = "conflict" | "notFound" | "unavailable" | "invalid" | "unknown";

/** What happened, in words the user can act on. A failed fetch (offline) counts as unavailable. */
export function describeFailure(error: Failure): { kind: FailureKind; message: string } {
  switch (error.data?.code) {
    case "CONFLICT":
      return { kind: "conflict", message: TASK_CONFLICT_MESSAGE };
    case "NOT_FOUND":
      return { kind: "notFound", message: "This task no longer exists." };
    case "SERVICE_UNAVAILABLE":
      return {
        kind: "unavailable",
        message: withReference("Can't reach the database. Your change was not saved.", error),
      };
    case "BAD_REQUEST":
      return { kind: "invalid", message: error.message };
    // A role that does not allow the change (a viewer), a limit reached: the server says which.
    case "FORBIDDEN":
      return { kind: "invalid", message: error.message };
    case undefined:
      return { kind: "unavailable", message: "Can't reach Tasklane. Your change was not saved." };
    default:
      return { kind: "unknown", message: withReference("Something went wrong. Your change was not saved.", error) };
  }
}

/** Tells the user a change failed (it has already been rolled back) and offers a retry where one can help. */
export function reportFailure(error: unknown, retry: () => void): FailureKind {
  if (!(error instanceof TRPCClientError)) console.error(error);
  const { kind, message } =
    error instanceof TRPCClientError
      ? describeFailure(error)
      : { kind: "unknown" as const, message: "Something went wrong. Your change was not saved." };
  if (kind === "conflict" || kind === "notFound") toast.warning(message);
  else if (kind === "invalid") toast.error(message);
  else toast.error(message, { action: { label: "Retry", onClick: retry } });
  return kind;
}
