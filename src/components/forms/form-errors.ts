import { TRPCClientError } from "@trpc/client";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { type AuthClientError, describeAuthError } from "@/lib/auth-errors";
import { SESSION_NOT_FRESH } from "@/lib/fresh-session";

// What a form shows for a refused submit, whoever refused it: the shared schema in the browser, Better Auth
// or a tRPC procedure. Pure, so the mapping is tested without a browser (form-errors.test.ts).

export type FieldErrors = Partial<Record<string, string>>;

/** The messages a form shows: one per field, and one for the form as a whole. */
export interface FormErrors {
  fieldErrors: FieldErrors;
  formError: string | null;
}

/** The first message of each field (zod's `flattenError(...).fieldErrors` lists them all). */
export function firstMessages(fieldErrors: Partial<Record<string, string[]>>): FieldErrors {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages?.[0]]));
}

/**
 * A failed submit in words. `fieldErrorFor` (the form's own reading, e.g. a Better Auth code about one field)
 * comes first; a tRPC input refusal puts each message about one of the form's `fields` on that field and
 * the rest on the form; anything else gets one sentence for the form (`describe`, or the default wording).
 */
export function formErrorsFor<Failure>(
  error: Failure,
  fields: ReadonlySet<string>,
  options: { fieldErrorFor?(error: Failure): FieldErrors | null; describe?(error: Failure): string } = {},
): FormErrors {
  const own = options.fieldErrorFor?.(error);
  if (own) return { fieldErrors: own, formError: null };
  const described = () => options.describe?.(error) ?? defaultDescription(error);
  const zodError = error instanceof TRPCClientError ? readZodError(error.data) : null;
  if (!zodError) return { fieldErrors: {}, formError: described() };
  const fieldErrors: FieldErrors = {};
  const rest = [...zodError.formErrors];
  for (const [field, messages] of Object.entries(zodError.fieldErrors)) {
    const [first] = messages;
    if (first === undefined) continue;
    if (fields.has(field)) fieldErrors[field] = first;
    else rest.push(first);
  }
  const onFields = Object.keys(fieldErrors).length > 0;
  return { fieldErrors, formError: rest[0] ?? (onFields ? null : described()) };
}

/** Better Auth's `code` or tRPC's `data.reason`: the refusal that asks for a recent sign-in. */
export function isSessionNotFresh(error: unknown): boolean {
  if (error instanceof TRPCClientError) return readString(error.data, "reason") === SESSION_NOT_FRESH;
  return readString(error, "code") === SESSION_NOT_FRESH;
}

function defaultDescription(error: unknown): string {
  return !(error instanceof TRPCClientError) && isAuthClientError(error)
    ? describeAuthError(error)
    : describeChangeError(error);
}

function isAuthClientError(error: unknown): error is AuthClientError {
  return typeof error === "object" && error !== null && typeof Reflect.get(error, "status") === "number";
}

/** `data.zodError` of a tRPC error: `z.flattenError` of the input's zod error (server/trpc/init.ts). */
function readZodError(data: unknown): { formErrors: string[]; fieldErrors: Record<string, string[]> } | null {
  const zodError = readObject(data, "zodError");
  if (!zodError) return null;
  const formErrors = strings(Reflect.get(zodError, "formErrors"));
  const fieldErrors = readObject(zodError, "fieldErrors") ?? {};
  return {
    formErrors,
    fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, strings(messages)])),
  };
}

function readObject(value: unknown, key: string): object | null {
  if (typeof value !== "object" || value === null) return null;
  const field: unknown = Reflect.get(value, key);
  return typeof field === "object" && field !== null ? field : null;
}

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field: unknown = Reflect.get(value, key);
  return typeof field === "string" ? field : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
