/**
 * The reason a request is refused when it needs a recent sign-in (changing the email, creating an API
 * token, allowing an app): Better Auth's error `code` and tRPC's `data.reason`. Forms answer it with
 * "sign in again" rather than an error.
 */
export const SESSION_NOT_FRESH = "SESSION_NOT_FRESH";
