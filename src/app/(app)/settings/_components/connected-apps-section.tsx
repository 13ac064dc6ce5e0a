"use client";

import { useRef } from "react";
import { describeChangeError } from "@/app/(app)/_components/change-errors";
import { toast } from "@/components/toast";
import { withReference } from "@/lib/error-reference";
import { api } from "@/trpc/react";
import { ConnectedAppItem } from "./connected-app-item";

/** Apps (MCP clients such as AI assistants) the user allowed to use the account, with Revoke. */
export function ConnectedAppsSection({ timeZone }: { timeZone: string }) {
  const utils = api.useUtils();
  // The revoked row and its focused button disappear: keep keyboard focus in the section.
  const heading = useRef<HTMLHeadingElement>(null);
  const apps = api.connectedApp.list.useQuery();
  const revoke = api.connectedApp.revoke.useMutation({
    onSuccess: () => {
      heading.current?.focus();
      toast.success("Access revoked. The app is refused from now on.");
    },
    onError: (error) => toast.error(describeChangeError(error)),
    onSettled: () => utils.connectedApp.list.invalidate(),
  });
  const rows = apps.data ?? [];

  return (
    <section aria-labelledby="settings-connected-apps" className="flex flex-col gap-3">
      <h2 ref={heading} id="settings-connected-apps" tabIndex={-1} className="text-lg font-semibold">
        Connected apps
      </h2>
      <p className="max-w-2xl text-sm text-muted">
        Apps you allowed to use your account through Tasklane’s MCP server, such as AI assistants.
      </p>
      {apps.isError ? (
        <p role="alert" className="text-sm text-danger">
          {withReference("Your connected apps could not be loaded. Reload the page to try again.", apps.error)}
        </p>
      ) : null}
      {rows.length === 0 && apps.isSuccess ? <p className="text-sm text-muted">No app is connected.</p> : null}
      {rows.length > 0 ? (
        <ul aria-label="Connected apps" className="flex max-w-2xl flex-col gap-2">
          {rows.map((app) => (
            <ConnectedAppItem
              key={app.id}
              app={app}
              timeZone={timeZone}
              busy={revoke.isPending && revoke.variables?.clientId === app.clientId}
              onRevoke={() => revoke.mutate({ clientId: app.clientId })}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
