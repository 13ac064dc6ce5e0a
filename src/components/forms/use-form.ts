"use client";

import { type FormEvent, useState } from "react";
import { z } from "zod/mini";
import { type FieldErrors, firstMessages, formErrorsFor } from "./form-errors";

/** A submit's outcome, as Better Auth's client answers: its data, or its error. */
export interface Submitted<Data, Failure> {
  data?: Data | null;
  error: Failure | null;
}

interface FormOptions<Input, Data, Failure> {
  schema: z.ZodMiniType<Input>;
  /** What the schema reads, when it is not the form's fields as they are. */
  values?(form: FormData): unknown;
  /** Calls Better Auth, or a tRPC mutation through `mutationResult`. */
  submit(input: Input): Promise<Submitted<Data, Failure>>;
  /** A field-level message for a server error, when the form knows the error is about one field. */
  fieldErrorFor?(error: Failure): FieldErrors | null;
  /** Words for a failure that is not about one field, instead of the usual ones. */
  describe?(error: Failure): string;
  /** Where the form's message goes when the form does not show it itself (a toast). */
  reportFormError?(message: string): void;
  /** Any failure, after its message is shown. */
  onError?(error: Failure): void;
  /**
   * "leave" (the default): success navigates away, so the form stays pending and cannot be sent twice.
   * "stay": the form is used again (Settings), so it becomes ready after success.
   */
  afterSuccess?: "leave" | "stay";
  /** After success; `form` is the submitted form (to reset it when the page stays). */
  onSuccess(data: Data | null | undefined, form: HTMLFormElement): void;
}

/** A tRPC mutation's call in the shape `submit` answers: what it returned, or what it threw. */
export async function mutationResult<Data>(call: Promise<Data>): Promise<Submitted<Data, unknown>> {
  try {
    return { data: await call, error: null };
  } catch (error) {
    return { error: error ?? new Error("The change failed.") };
  }
}

/**
 * The cycle of every form: validate with the shared zod schema, show the first message per field, call
 * the server (Better Auth or tRPC), and put its refusal on the field it names, or else on the form.
 */
export function useForm<Input, Data = unknown, Failure = unknown>(options: FormOptions<Input, Data, Failure>) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const data = new FormData(form);
    const parsed = options.schema.safeParse(options.values ? options.values(data) : Object.fromEntries(data));
    if (!parsed.success) {
      setFieldErrors(firstMessages(z.flattenError(parsed.error).fieldErrors));
      return;
    }
    setFieldErrors({});
    setPending(true);
    const { data: answer, error } = await options.submit(parsed.data);
    if (!error) {
      if (options.afterSuccess === "stay") setPending(false);
      options.onSuccess(answer, form);
      return;
    }
    setPending(false);
    const errors = formErrorsFor(error, fieldNames(form), options);
    setFieldErrors(errors.fieldErrors);
    if (errors.formError && options.reportFormError) options.reportFormError(errors.formError);
    else setFormError(errors.formError);
    options.onError?.(error);
  }

  /**
   * The form element's props. `method="post"`: a form sent before the page has hydrated (an early tap on a
   * slow phone, which React drops from its handler) goes as the browser's own submit, and a GET would put
   * every field, passwords included, in the URL, the history and the server's logs.
   */
  const formProps = { method: "post", noValidate: true, onSubmit } as const;
  return { fieldErrors, formError, pending, formProps };
}

function fieldNames(form: HTMLFormElement): ReadonlySet<string> {
  const names = new Set<string>();
  for (const element of Array.from(form.elements)) {
    const name = element.getAttribute("name");
    if (name) names.add(name);
  }
  return names;
}
