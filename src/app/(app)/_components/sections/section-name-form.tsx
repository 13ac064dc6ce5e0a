"use client";

import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { SECTION_NAME_MAX, sectionName } from "@/lib/schemas/section";

/** A section's name, typed to add or rename one: Enter saves, Escape (or Cancel) leaves it as it was. */
export function SectionNameForm({
  initial = "",
  submitLabel,
  onSave,
  onCancel,
}: {
  initial?: string;
  submitLabel: string;
  onSave(name: string): void;
  onCancel(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = sectionName.safeParse(new FormData(event.currentTarget).get("name"));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter a section name.");
      return;
    }
    onSave(parsed.data);
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
      className="flex flex-wrap items-start gap-2"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor={inputId} className="sr-only">
          Section name
        </label>
        <input
          id={inputId}
          name="name"
          defaultValue={initial}
          maxLength={SECTION_NAME_MAX}
          // Opened on purpose (a button or menu item): the name is what the user types next.
          // biome-ignore lint/a11y/noAutofocus: the form appears in answer to the user's own click or key
          autoFocus
          placeholder="Section name"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="min-h-10 w-full rounded-md border border-border bg-bg px-3 text-base"
        />
        {error ? (
          <p id={errorId} className="text-sm text-danger">
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit">{submitLabel}</Button>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </form>
  );
}
