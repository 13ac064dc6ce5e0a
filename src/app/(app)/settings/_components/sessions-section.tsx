"use client";

import { useRef } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { withReference } from "@/lib/error-reference";
import { api } from "@/trpc/react";
import { SessionItem } from "./session-item";

/** Where the user is signed in (seeded by the page), with sign-out for each other device or all of them. */
export function SessionsSection({ timeZone }: { timeZone: string }) {
  const utils = api.useUtils();
  // The revoked row and its focused button disappear: keep keyboard focus in the section.
  const heading = useRef<HTMLHeadingElement>(null);
  const sessions = api.session.list.useQuery();
  const onError = (error: unknown) => toast.error(describeChangeError(error));
  const revoke = api.session.revoke.useMutation({
    onSuccess: () => {
      heading.current?.focus();
      toast.success("That session is signed out.");
    },
    onError,
    onSettled: () => utils.session.list.invalidate(),
  });
  const revokeOthers = api.session.revokeOthers.useMutation({
    onSuccess: ({ count }) => {
      heading.current?.focus();
      toast.success(count === 1 ? "1 other session signed out." : `${count} other sessions signed out.`);
    },
    onError,
    onSettled: () => utils.session.list.invalidate(),
  });
  const rows = sessions.data ?? [];
  const others = rows.filter((row) => !row.current).length;

  return (
    <section aria-labelledby="settings-sessions" className="flex flex-col gap-3">
      <h2 ref={heading} id="settings-sessions" tabIndex={-1} className="text-lg font-semibold">
        Sessions
      </h2>
      <p className="text-sm text-muted">Where you are signed in. Sign out of any device you do not recognise.</p>
      {sessions.isError ? (
        <p role="alert" className="text-sm text-danger">
          {withReference("Your sessions could not be loaded. Reload the page to try again.", sessions.error)}
        </p>
      ) : null}
      <ul aria-label="Sessions" className="flex max-w-2xl flex-col gap-2">
        {rows.map((row) => (
          <SessionItem
            key={row.id}
            session={row}
            timeZone={timeZone}
            busy={revoke.isPending && revoke.variables?.id === row.id}
            onRevoke={() => revoke.mutate({ id: row.id })}
          />
        ))}
      </ul>
      {others > 0 ? (
        <div>
          <Button variant="secondary" disabled={revokeOthers.isPending} onClick={() => revokeOthers.mutate()}>
            {revokeOthers.isPending ? "Signing out…" : "Sign out all other sessions"}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
