/**
 * Signing in in the middle of an MCP client's authorization. The OAuth server sends the browser to
 * /sign-in with the authorization request in the query, signed (`sig`, `exp`, `ba_*`). The auth client
 * sends that signed query with every request made from the page, and the server resumes the
 * authorization once a request signs the user in. Pages that take over from sign-in (the two-factor
 * code, the email link) must keep it.
 */

/** The signature's own parameters: the rest is the authorization request the client made. */
const SIGNATURE_PARAMS = new Set(["sig", "exp", "ba_iat", "ba_pl", "ba_param"]);

/** The signed authorization request in a page's query string, or null when the page is not in one. */
export function signedOAuthQuery(search: string | URLSearchParams): URLSearchParams | null {
  const params = new URLSearchParams(search);
  return params.has("sig") ? params : null;
}

/**
 * `pathname` with the current page's signed authorization request (if any) and `next` (if not "/"):
 * on that page the auth client still sends the signed query, so the authorization resumes there.
 */
export function pathKeepingOAuthQuery(pathname: string, search: string | URLSearchParams, next: string): string {
  const params = signedOAuthQuery(search) ?? new URLSearchParams();
  params.delete("next");
  if (next !== "/") params.set("next", next);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * The client's authorization request again, to be opened once signed in in another request (an
 * email link): the authorization endpoint checks it as it did the first time and, the user now
 * signed in, goes on to consent. `prompt=login` is dropped: the user has just signed in.
 */
export function resumeAuthorizationPath(signed: URLSearchParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of signed) {
    if (SIGNATURE_PARAMS.has(key) || key === "next") continue;
    if (key === "prompt") {
      const prompts = value.split(" ").filter((prompt) => prompt !== "" && prompt !== "login");
      if (prompts.length > 0) params.append(key, prompts.join(" "));
      continue;
    }
    params.append(key, value);
  }
  return `/api/auth/oauth2/authorize?${params}`;
}

/** The auth client's answer when the server resumed an authorization: it is already following `url`. */
export function isAuthClientRedirect(data: unknown): boolean {
  return typeof data === "object" && data !== null && "redirect" in data && data.redirect === true;
}

/** A page's `searchParams` (Next's record) as a query string, repeated keys kept. */
export function searchOf(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, one);
  }
  return params;
}
