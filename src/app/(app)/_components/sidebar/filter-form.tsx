"use client";

import { z } from "zod/mini";
import { mutationResult, useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { parseFilter } from "@/lib/filters/parse";
import { colorName } from "@/lib/schemas/colors";
import { FILTER_NAME_MAX, filterName, filterQuery } from "@/lib/schemas/filter";
import { ColorPicker } from "./color-picker";
import { QueryField } from "./query-field";
import type { FilterValues, SidebarFilter } from "./use-filter-mutations";

/** The query's parse error as the field's message. */
const parsableQuery = z.pipe(
  filterQuery,
  z.string().check(
    z.superRefine((value, context) => {
      const parsed = parseFilter(value);
      if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.error.message, input: value });
    }),
  ),
);

const schema = z.object({ name: filterName, query: parsableQuery, color: colorName });

interface FilterFormProps {
  /** Absent: a new filter. */
  initial?: SidebarFilter;
  focus: "name" | "query";
  /** Resolves once saved; a refusal (a name in use) shows in the form. */
  onSave(values: FilterValues): Promise<unknown>;
  onCancel(): void;
  onSaved(values: FilterValues): void;
}

/** A saved filter's name, query (checked as it is typed) and colour. */
export function FilterForm({ initial, focus, onSave, onCancel, onSaved }: FilterFormProps) {
  const {
    fieldErrors: errors,
    formError,
    pending,
    formProps,
  } = useForm({
    schema,
    values: (form) => ({
      name: form.get("name") ?? "",
      query: form.get("query") ?? "",
      color: form.get("color") ?? "",
    }),
    submit: (values) => mutationResult(onSave(values).then(() => values)),
    onSuccess: (values) => {
      if (values) onSaved(values);
    },
  });

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <TextField
        label="Name"
        name="name"
        defaultValue={initial?.name ?? ""}
        maxLength={FILTER_NAME_MAX}
        autoComplete="off"
        data-autofocus={focus === "name" ? true : undefined}
        error={errors.name}
      />
      <QueryField defaultValue={initial?.query ?? ""} error={errors.query} autoFocus={focus === "query"} />
      <ColorPicker defaultValue={initial?.color ?? "gray"} error={errors.color} />
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {initial ? "Save" : "Add filter"}
        </Button>
      </div>
    </form>
  );
}
