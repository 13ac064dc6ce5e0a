"use client";

import { type FormEvent, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { SignInAgain } from "@/components/forms/sign-in-again";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { SESSION_NOT_FRESH } from "@/lib/fresh-session";
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
  const [nameError, setNameError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const create = api.accessToken.create.useMutation({
    onSuccess: (created) => {
      onCreated(created);
      void utils.accessToken.list.invalidate();
    },
    onError: (error) => {
      // A stale session is not a failure to word: it gets its own way out.
      if (error.data?.reason === SESSION_NOT_FRESH) setStale(true);
      else setFormError(describeChangeError(error).replace("Your change was not saved.", "No token was created."));
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const expiry = form.get("expiresInDays");
    const parsed = createAccessTokenInput.safeParse({
      name: form.get("name") ?? "",
      expiresInDays: Number(expiry),
    });
    setFormError(null);
    setStale(false);
    if (!parsed.success) {
      setNameError(parsed.error.issues.find((issue) => issue.path[0] === "name")?.message);
      if (!parsed.error.issues.some((issue) => issue.path[0] === "name")) setFormError("Pick an expiry from the list.");
      return;
    }
    setNameError(undefined);
    create.mutate(parsed.data, { onSuccess: () => formElement.reset() });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-token-title" className="flex max-w-md flex-col gap-3">
      <h3 id="create-token-title" className="font-medium">
        Create a token
      </h3>
      <TextField
        label="Token name"
        name="name"
        maxLength={ACCESS_TOKEN_NAME_MAX}
        autoComplete="off"
        required
        error={nameError}
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
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      {stale ? (
        <SignInAgain
          reason="For your security, sign in again to create a token: it needs a sign-in in the last 15 minutes."
          signInPath="/sign-in?next=/settings%23settings-tokens"
        />
      ) : null}
      <div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create token"}
        </Button>
      </div>
    </form>
  );
}
