"use client";

import { mutationResult, useForm } from "@/components/forms/use-form";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { NAME_MAX_LENGTH, updateAccountInput } from "@/lib/schemas/auth";
import { useSaveAccount } from "./use-save-account";

export function NameForm({ name }: { name: string }) {
  const save = useSaveAccount((saved) => `Your name is now “${saved.name}”.`);
  const { fieldErrors, pending, formProps } = useForm({
    schema: updateAccountInput,
    submit: async (input) => (input.name === name ? { error: null } : mutationResult(save.mutateAsync(input))),
    reportFormError: (message) => toast.error(message),
    afterSuccess: "stay",
    onSuccess: () => {},
  });

  return (
    <section aria-labelledby="settings-profile" className="flex flex-col gap-3">
      <h2 id="settings-profile" className="text-lg font-semibold">
        Profile
      </h2>
      <form {...formProps} className="flex max-w-md flex-col gap-3">
        <TextField
          label="Name"
          name="name"
          defaultValue={name}
          autoComplete="name"
          maxLength={NAME_MAX_LENGTH}
          error={fieldErrors.name}
        />
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save name"}
          </Button>
        </div>
      </form>
    </section>
  );
}
