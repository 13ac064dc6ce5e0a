import { TRPCClientError } from "@trpc/client";
import { toast } from "@/components/toast";
import { withReference } from "@/lib/error-reference";

const NOT_SAVED = "Your change was not saved.";

/** The server's own words for a refused change (they name the problem), else a generic line. */
export function describeChangeError(error: unknown): string {
  if (!(error instanceof TRPCClientError)) return `Something went wrong. ${NOT_SAVED}`;
  const data: unknown = error.data;
  const code = readString(data, "code");
  if (code === undefined) return `Can't reach Tasklane. ${NOT_SAVED}`;
  if (code === "SERVICE_UNAVAILABLE") return withReference(`Can't reach the database. ${NOT_SAVED}`, error);
  if (code === "INTERNAL_SERVER_ERROR") return withReference(`Something went wrong. ${NOT_SAVED}`, error);
  return firstZodMessage(data) ?? error.message;
}

/** Toasts a failed change (the caller has rolled it back). */
export function reportChangeError(error: unknown): void {
  if (!(error instanceof TRPCClientError)) console.error(error);
  toast.error(describeChangeError(error));
}

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field: unknown = Reflect.get(value, key);
  return typeof field === "string" ? field : undefined;
}

/** An input the server's schema refused: its first message rather than the raw issue list. */
function firstZodMessage(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const zodError: unknown = Reflect.get(data, "zodError");
  if (typeof zodError !== "object" || zodError === null) return undefined;
  const formErrors: unknown = Reflect.get(zodError, "formErrors");
  const fieldErrors: unknown = Reflect.get(zodError, "fieldErrors");
  const messages = [
    ...(Array.isArray(formErrors) ? formErrors : []),
    ...(typeof fieldErrors === "object" && fieldErrors !== null ? Object.values(fieldErrors).flat() : []),
  ];
  const first: unknown = messages[0];
  return typeof first === "string" ? first : undefined;
}
