"use client";

import { type FormEvent, useState } from "react";
import { z } from "zod/mini";
import { type AuthClientError, describeAuthError } from "@/lib/auth-errors";

type FieldErrors = Partial<Record<string, string>>;

interface AuthFormOptions<Input extends Record<string, unknown>, Data> {
  schema: z.ZodMiniType<Input>;
  /** Calls Better Auth; resolves with its answer or its error. */
  submit(input: Input): Promise<{ data?: Data | null; error: AuthClientError | null }>;
  /** A field-level message for a server error, when the error is about one field. */
  fieldErrorFor?(error: AuthClientError): FieldErrors | null;
  /** Any failure, after its message is shown. */
  onError?(error: AuthClientError): void;
  /**
   * "leave" (the default): success navigates away, so the form stays pending and cannot be sent twice.
   * "stay": the form is used again (Settings), so it becomes ready after success.
   */
  afterSuccess?: "leave" | "stay";
  /** After success; `form` is the submitted form (to reset it when the page stays). */
  onSuccess(data: Data | null | undefined, form: HTMLFormElement): void;
}

/**
 * The cycle of every form that calls Better Auth: validate with the shared zod schema, show
 * per-field messages, call Better Auth, and turn its failure into words.
 */
export function useAuthForm<Input extends Record<string, unknown>, Data = unknown>(
  options: AuthFormOptions<Input, Data>,
) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const parsed = options.schema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const errors: Partial<Record<string, string[]>> = z.flattenError(parsed.error).fieldErrors;
      setFieldErrors(Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages?.[0]])));
      return;
    }
    setFieldErrors({});
    setPending(true);
    const { data, error } = await options.submit(parsed.data);
    if (!error) {
      if (options.afterSuccess === "stay") setPending(false);
      options.onSuccess(data, form);
      return;
    }
    setPending(false);
    const fieldError = options.fieldErrorFor?.(error);
    if (fieldError) setFieldErrors(fieldError);
    else setFormError(describeAuthError(error));
    options.onError?.(error);
  }

  return { fieldErrors, formError, pending, onSubmit };
}
