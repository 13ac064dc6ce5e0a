"use client";

import { useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { isSessionNotFresh } from "@/components/forms/form-errors";
import { SignInAgain } from "@/components/forms/sign-in-again";
import { mutationResult, useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import {
  ACCESS_TOKEN_LIFETIMES_DAYS,
  ACCESS_TOKEN_NAME_MAX,
  createAccessTokenInput,
} from "@/lib/schemas/access-tokens";
import { api, type RouterOutputs } from "@/trpc/react";

type Created = RouterOutputs["accessToken"]["create"];

/** Name and lifetime of a new token; the created token goes to `onCreated`, the only place it is ever seen. */
export function CreateAccessTokenForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const utils = api.useUtils();
  const [stale, setStale] = useState(false);
  const create = api.accessToken.create.useMutation({
    onSuccess: (created) => {
      onCreated(created);
      void utils.accessToken.list.invalidate();
    },
  });
  const { fieldErrors, formError, pending, formProps } = useForm({
    schema: createAccessTokenInput,
    values: (form) => ({ name: form.get("name") ?? "", expiresInDays: Number(form.get("expiresInDays")) }),
    submit: (input) => mutationResult(create.mutateAsync(input)),
    // A stale session is not a failure to word: it gets its own way out.
    fieldErrorFor: (error) => (isSessionNotFresh(error) ? {} : null),
    describe: (error) => describeChangeError(error).replace("Your change was not saved.", "No token was created."),
    onError: (error) => setStale(isSessionNotFresh(error)),
    afterSuccess: "stay",
    onSuccess: (_created, form) => form.reset(),
  });
  // The list offers only valid lifetimes: its message comes only when nothing else is wrong.
  const expiryError = fieldErrors.expiresInDays && !fieldErrors.name ? "Pick an expiry from the list." : null;

  return (
    <form
      {...formProps}
      onSubmit={(event) => {
        setStale(false);
        void formProps.onSubmit(event);
      }}
      aria-labelledby="create-token-title"
      className="flex max-w-md flex-col gap-3"
    >
      <h3 id="create-token-title" className="font-medium">
        Create a token
      </h3>
      <TextField
        label="Token name"
        name="name"
        maxLength={ACCESS_TOKEN_NAME_MAX}
        autoComplete="off"
        required
        error={fieldErrors.name}
        hint="What uses it, e.g. “backup script”."
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="token-expiry" className="text-sm font-medium">
          Expires
        </label>
        <select
          id="token-expiry"
          name="expiresInDays"
          defaultValue="30"
          className="min-h-10 rounded-md border border-border bg-bg px-3 text-base"
        >
          {ACCESS_TOKEN_LIFETIMES_DAYS.map((days) => (
            <option key={days} value={days}>
              In {days} days
            </option>
          ))}
        </select>
      </div>
      {formError || expiryError ? (
        <p role="alert" className="text-sm text-danger">
          {formError ?? expiryError}
        </p>
      ) : null}
      {stale ? (
        <SignInAgain
          reason="For your security, sign in again to create a token: it needs a sign-in in the last 15 minutes."
          signInPath="/sign-in?next=/settings%23settings-tokens"
        />
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </div>
    </form>
  );
}
