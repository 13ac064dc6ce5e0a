"use client";

import { useRef, useState } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { toast } from "@/components/toast";
import { withReference } from "@/lib/error-reference";
import { api, type RouterOutputs } from "@/trpc/react";
import { AccessTokenItem } from "./access-token-item";
import { CreateAccessTokenForm } from "./create-access-token-form";
import { NewAccessToken } from "./new-access-token";

type Created = RouterOutputs["accessToken"]["create"];

/** Personal access tokens: for scripts calling the API as this user (list seeded by the page). */
export function AccessTokensSection({ timeZone }: { timeZone: string }) {
  const utils = api.useUtils();
  // The revoked row and its focused button disappear: keep keyboard focus in the section.
  const heading = useRef<HTMLHeadingElement>(null);
  const tokens = api.accessToken.list.useQuery();
  const [created, setCreated] = useState<Created | null>(null);
  const revoke = api.accessToken.revoke.useMutation({
    onSuccess: (_revoked, { id }) => {
      heading.current?.focus();
      toast.success("Token revoked. Scripts using it are refused from now on.");
      if (created?.id === id) setCreated(null);
    },
    onError: (error) => toast.error(describeChangeError(error)),
    onSettled: () => utils.accessToken.list.invalidate(),
  });
  const rows = tokens.data ?? [];

  return (
    <section aria-labelledby="settings-tokens" className="flex flex-col gap-3">
      <h2 ref={heading} id="settings-tokens" tabIndex={-1} className="text-lg font-semibold">
        API tokens
      </h2>
      <p className="max-w-2xl text-sm text-muted">
        A token lets a script call the Tasklane API as you, with everything your account can do. Revoke a token you no
        longer use.
      </p>
      <CreateAccessTokenForm onCreated={setCreated} />
      {created ? <NewAccessToken key={created.id} created={created} onDismiss={() => setCreated(null)} /> : null}
      {tokens.isError ? (
        <p role="alert" className="text-sm text-danger">
          {withReference("Your tokens could not be loaded. Reload the page to try again.", tokens.error)}
        </p>
      ) : null}
      {rows.length === 0 && tokens.isSuccess ? <p className="text-sm text-muted">You have no tokens.</p> : null}
      {rows.length > 0 ? (
        <ul aria-label="API tokens" className="flex max-w-2xl flex-col gap-2">
          {rows.map((token) => (
            <AccessTokenItem
              key={token.id}
              token={token}
              timeZone={timeZone}
              busy={revoke.isPending && revoke.variables?.id === token.id}
              onRevoke={() => revoke.mutate({ id: token.id })}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
