import "server-only";
import { requestIdFrom } from "@/lib/request-id";
import { db } from "@/server/db";
import { log } from "@/server/log";
import { hasConnected } from "@/server/modules/connected-apps/queries";
import { auth } from "./auth";
import { baseURL } from "./urls";

export const AUTHORIZE_PATH = "/api/auth/oauth2/authorize";
export const OAUTH_ERROR_PAGE = "/oauth/error";

/**
 * The authorization endpoint answers a bad request by sending the browser to the client's registered
 * redirect URI with `?error=…`, before anyone signs in. Registration is open, so anyone could register
 * `https://evil.example` and use a Tasklane link to bounce visitors there (an open redirector, RFC 9700
 * §4.11.2). Such errors go to our own page instead, unless the signed-in user has allowed that app.
 * The plugin's answer is a redirect for a page navigation, or `{ redirect: true, url }` for a fetch.
 */
export async function keepUntrustedErrorsHome(request: Request, response: Response): Promise<Response> {
  const target = await redirectTargetOf(response);
  if (!target) return response;
  const url = new URL(target, baseURL);
  const error = url.searchParams.get("error");
  if (!error) return response;
  // Ours: only the plugin's bare error page is replaced (by ours). Theirs: kept for an app the user allowed.
  const ours = url.origin === new URL(baseURL).origin;
  if (ours ? url.pathname !== "/api/auth/error" : await trustedClient(request)) return response;

  const page = new URL(OAUTH_ERROR_PAGE, baseURL);
  page.searchParams.set("error", error);
  log.info("oauth authorization error shown on our page", {
    requestId: requestIdFrom(request.headers),
    clientId: new URL(request.url).searchParams.get("client_id"),
    outcome: error,
    description: url.searchParams.get("error_description"),
  });
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  if (response.status >= 300 && response.status < 400) {
    headers.set("location", page.toString());
    return new Response(null, { status: response.status, headers });
  }
  return Response.json({ redirect: true, url: page.toString() }, { status: response.status, headers });
}

async function redirectTargetOf(response: Response): Promise<string | null> {
  if (response.status >= 300 && response.status < 400) return response.headers.get("location");
  if (!response.headers.get("content-type")?.includes("application/json")) return null;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  if (typeof body !== "object" || body === null || !("url" in body) || !("redirect" in body)) return null;
  return body.redirect === true && typeof body.url === "string" ? body.url : null;
}

async function trustedClient(request: Request): Promise<boolean> {
  const clientId = new URL(request.url).searchParams.get("client_id");
  if (!clientId) return false;
  const session = await auth.api.getSession({ headers: request.headers });
  return session !== null && (await hasConnected(db, session.user.id, clientId));
}
