import type { Session } from "@/server/auth/auth";
import { identityFromSession } from "@/server/auth/identity";
import type { Database } from "@/server/db/client";
import { createInnerContext } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/root";

/** The app router as `session` would call it, without HTTP. `null` is an anonymous caller. */
export function callerFor(db: Database, session: Session | null) {
  return createCaller(createInnerContext({ db, identity: identityFromSession(session) }));
}
