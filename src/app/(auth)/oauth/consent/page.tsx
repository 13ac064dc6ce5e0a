import type { Metadata } from "next";
import { connection } from "next/server";
import { SignInAgain } from "@/components/forms/sign-in-again";
import { pathKeepingOAuthQuery, searchOf } from "@/lib/oauth-flow";
import { describeRedirect } from "@/lib/oauth-redirect";
import { describeScopes, readOnlyScopes, splitScopes } from "@/lib/oauth-scopes";
import { isFreshSignIn } from "@/server/auth/fresh-session";
import { requireSession } from "@/server/auth/session";
import { db } from "@/server/db";
import { oauthClientName } from "@/server/modules/connected-apps/queries";
import { ConsentForm } from "./_components/consent-form";

export const metadata: Metadata = { title: "Allow access" };

/**
 * Where the OAuth server sends a signed-in user to allow an app (an MCP client). The query is the
 * authorization request signed by the server; the form sends it back with the answer.
 */
export default async function ConsentPage({ searchParams }: PageProps<"/oauth/consent">) {
  const query = await searchParams;
  const { client_id: clientId, scope, redirect_uri: redirectUri } = query;
  await connection();
  const session = await requireSession();
  const name = typeof clientId === "string" ? await oauthClientName(db, clientId) : null;
  if (!name) {
    return (
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Unknown app</h1>
        <p className="text-sm text-muted">This request names no app we know. Start again from the app.</p>
      </div>
    );
  }
  const requested = splitScopes(typeof scope === "string" ? scope : null);
  // Asked to read and change tasks, the user may allow reading only: changing is then a choice in the form.
  const readOnly = readOnlyScopes(requested);
  const wants = describeScopes(readOnly ?? requested);
  // Anyone can register an app under any name: where the answer goes is what tells a real one apart.
  const returnsTo = typeof redirectUri === "string" ? describeRedirect(redirectUri) : null;
  // Allowing needs a sign-in in the last 15 minutes (the server refuses otherwise): signing in again from
  // this request's sign-in page resumes the authorization, which comes back here.
  const fresh = isFreshSignIn(new Date(session.session.createdAt));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Allow {name}?</h1>
        <p className="text-sm text-muted">
          {name} wants to use your Tasklane account ({session.user.email}). It will be able to:
        </p>
      </div>
      <ul aria-label="What the app asks for" className="flex list-disc flex-col gap-1 pl-5 text-sm">
        {wants.map((words) => (
          <li key={words}>{words}</li>
        ))}
      </ul>
      <div className="flex flex-col gap-1 text-sm text-muted">
        {returnsTo ? (
          <p>
            After you answer, you go back to <strong className="font-semibold text-fg">{returnsTo}</strong>.
          </p>
        ) : null}
        <p>
          Tasklane has not checked this app: “{name}” is the name it gave itself. Allow it only if you just connected it
          yourself.
        </p>
        <p>You can revoke it at any time under Settings › Connected apps.</p>
      </div>
      {fresh ? (
        <ConsentForm readOnlyScope={readOnly ? readOnly.join(" ") : null} />
      ) : (
        <SignInAgain
          reason={`For your security, sign in again to allow ${name}: it needs a sign-in in the last 15 minutes.`}
          signInPath={pathKeepingOAuthQuery("/sign-in", searchOf(query), "/")}
        />
      )}
    </div>
  );
}
