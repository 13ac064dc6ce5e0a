"use client";

import { type FormEvent, useState } from "react";
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
  const [errors, setErrors] = useState<{ name?: string; color?: string }>({});
  const nameSchema = kind === "project" ? projectName : labelName;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = nameSchema.safeParse(data.get("name") ?? "");
    const color = colorName.safeParse(data.get("color") ?? "");
    const nameError = name.success ? checkName?.(name.data) : name.error.issues[0]?.message;
    const colorError = color.success ? undefined : color.error.issues[0]?.message;
    if (nameError || colorError || !name.success || !color.success) {
      setErrors({ name: nameError ?? undefined, color: colorError });
      return;
    }
    onSave({ name: name.data, color: color.data });
  }

  const noun = kind === "project" ? "project" : "label";
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
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
