"use client";

import { useMemo } from "react";
import { z } from "zod/mini";
import { useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { type ColorName, colorName } from "@/lib/schemas/colors";
import { LABEL_NAME_MAX, labelName } from "@/lib/schemas/label";
import { PROJECT_NAME_MAX, projectName } from "@/lib/schemas/project";
import { ColorPicker } from "./color-picker";

export type Kind = "project" | "label";

interface NameColorFormProps {
  kind: Kind;
  /** Absent: a new project or label. */
  initial?: { name: string; color: ColorName };
  /** Which field has the focus when the dialog opens. */
  focus: "name" | "color";
  /** A problem the schema cannot see (a label name already in use). */
  checkName?(name: string): string | null;
  /** Valid values; the dialog closes right after (the change shows at once). */
  onSave(values: { name: string; color: ColorName }): void;
  onCancel(): void;
}

/** The name and colour of a project or label, checked with the same schemas as the server. */
export function NameColorForm({ kind, initial, focus, checkName, onSave, onCancel }: NameColorFormProps) {
  const schema = useMemo(() => {
    const name = kind === "project" ? projectName : labelName;
    // Only a name the schema accepts is checked against the others.
    const unusedName = z.string().check(
      z.superRefine((value, context) => {
        const problem = checkName?.(value);
        if (problem) context.addIssue({ code: "custom", message: problem, input: value });
      }),
    );
    return z.object({ name: z.pipe(name, unusedName), color: colorName });
  }, [kind, checkName]);
  // Saving shows at once and closes the dialog: a refusal from the server rolls back with a toast.
  const { fieldErrors: errors, formProps } = useForm({
    schema,
    values: (form) => ({ name: form.get("name") ?? "", color: form.get("color") ?? "" }),
    submit: async (values) => {
      onSave(values);
      return { error: null };
    },
    onSuccess: () => {},
  });

  const noun = kind === "project" ? "project" : "label";
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <TextField
        label="Name"
        name="name"
        defaultValue={initial?.name ?? ""}
        maxLength={kind === "project" ? PROJECT_NAME_MAX : LABEL_NAME_MAX}
        autoComplete="off"
        data-autofocus={focus === "name" ? true : undefined}
        error={errors.name}
        hint={kind === "label" ? "A word or short phrase, without @ or commas." : undefined}
      />
      <ColorPicker defaultValue={initial?.color ?? "gray"} autoFocus={focus === "color"} error={errors.color} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit">{initial ? "Save" : `Add ${noun}`}</Button>
      </div>
    </form>
  );
}
