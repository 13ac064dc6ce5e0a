/** The part of a Better Auth client error shown to the user. */
export interface AuthFailure {
  status: number;
  code?: string | undefined;
  message?: string | undefined;
}

/** A sentence for a failure that is not about one field (those are shown on the field). */
export function describeFailure(error: AuthFailure): string {
  if (error.status === 429) return "Too many attempts. Wait a minute, then try again.";
  if (error.status >= 500 || !error.message) return "Something went wrong. Nothing was changed; please try again.";
  return error.message;
}
