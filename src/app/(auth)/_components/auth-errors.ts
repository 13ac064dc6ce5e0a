/** What Better Auth's client returns when a call fails. */
export interface AuthClientError {
  status: number;
  code?: string | undefined;
  message?: string | undefined;
}

/** A sentence a person can act on, for failures that are not about one field. */
export function describeAuthError(error: AuthClientError): string {
  if (error.status === 429) return "Too many attempts. Wait a minute, then try again.";
  if (error.code === "INVALID_EMAIL_OR_PASSWORD") return "Wrong email or password.";
  if (error.status >= 500) return "Something went wrong on our side. Please try again.";
  return error.message ?? "That did not work. Please try again.";
}

/** Only same-site paths: `?next=` must never send someone to another site. */
export function safeNextPath(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
