"use client";

import { mutationResult, useForm } from "@/components/forms/use-form";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { type EmailableKind, emailableKinds, emailKindLabels } from "@/lib/notifications";
import { notificationPreferencesInput } from "@/lib/schemas/notification";
import { api } from "@/trpc/react";

/**
 * Which notifications also come by email. Every one shows under the bell; these are mailed as well (to a
 * verified address). Invitations always come by email: their link is how they are accepted.
 */
export function NotificationEmailForm({ email }: { email: readonly EmailableKind[] }) {
  const utils = api.useUtils();
  const save = api.notification.setPreferences.useMutation({
    onSuccess: (saved) => utils.notification.preferences.setData(undefined, saved),
  });
  const { formError, pending, formProps } = useForm({
    schema: notificationPreferencesInput,
    values: (form) => ({ email: form.getAll("email") }),
    submit: (input) => mutationResult(save.mutateAsync(input)),
    afterSuccess: "stay",
    onSuccess: () => toast.success("Notification emails saved."),
  });

  return (
    <section aria-labelledby="settings-notifications" className="flex flex-col gap-3">
      <h2 id="settings-notifications" className="text-lg font-semibold">
        Notifications
      </h2>
      <form {...formProps} className="flex max-w-md flex-col gap-3">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm text-muted">Everything shows under the bell. Also email me when:</legend>
          {emailableKinds.map((kind) => (
            <label key={kind} className="flex min-h-8 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="email"
                value={kind}
                defaultChecked={email.includes(kind)}
                className="size-4 accent-[var(--color-accent)]"
              />
              {emailKindLabels[kind]}
            </label>
          ))}
        </fieldset>
        {formError ? (
          <p role="alert" className="text-sm text-danger">
            {formError}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save notification emails"}
          </Button>
        </div>
      </form>
    </section>
  );
}
