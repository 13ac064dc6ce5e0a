"use client";

import { type FormEvent, useState } from "react";
import { z } from "zod/mini";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { NAME_MAX_LENGTH, updateAccountInput } from "@/lib/schemas/auth";
import { useSaveAccount } from "./use-save-account";

export function NameForm({ name }: { name: string }) {
  const [error, setError] = useState<string | undefined>();
  const save = useSaveAccount((saved) => `Your name is now “${saved.name}”.`);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = updateAccountInput.safeParse({ name: new FormData(event.currentTarget).get("name") ?? "" });
    if (!parsed.success) {
      const fieldErrors: Partial<Record<string, string[]>> = z.flattenError(parsed.error).fieldErrors;
      setError(fieldErrors.name?.[0] ?? parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    if (parsed.data.name === name) {
      return;
    }
    save.mutate(parsed.data);
  }

  return (
    <section aria-labelledby="settings-profile" className="flex flex-col gap-3">
      <h2 id="settings-profile" className="text-lg font-semibold">
        Profile
      </h2>
      <form onSubmit={submit} noValidate className="flex max-w-md flex-col gap-3">
        <TextField
          label="Name"
          name="name"
          defaultValue={name}
          autoComplete="name"
          maxLength={NAME_MAX_LENGTH}
          error={error}
        />
        <div>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save name"}
          </Button>
        </div>
      </form>
    </section>
  );
}
