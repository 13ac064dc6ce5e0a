import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { isPublicCorsPath, PUBLIC_CORS_HEADERS } from "@/lib/public-cors";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/request-id";
import { contentSecurityPolicy, createNonce } from "@/lib/security-headers";

const AUTH_PAGES = new Set(["/sign-in", "/sign-up", "/magic-link", "/two-factor"]);
/**
 * Reached from an email link, or from an app's failed authorization, signed in or not. /dev/outbox exists
 * only in development.
 */
const OPEN_PAGES = new Set(["/forgot-password", "/reset-password", "/verify-email", "/oauth/error", "/dev/outbox"]);
/** An invitation's or share link's page: signed out, it offers to sign in or sign up and come back. */
const OPEN_PAGE_PREFIXES = ["/invite/", "/join/"];

/**
 * Every request gets a fresh id, on the request (for handlers, the logs) and on the response. A client's
 * own x-request-id is overwritten, never trusted: it could forge or mix log lines. Pages also get the
 * redirect their session cookie calls for, else their own CSP nonce; APIs answer 401 themselves. tRPC's
 * route is not matched: it gives itself the id (route.ts), and a proxy run cost it about a tenth of a
 * `task.list` call (issue #20).
 */
export function proxy(request: NextRequest) {
  const requestId = newRequestId();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  if (isPublicCorsPath(request.nextUrl.pathname)) return publicCors(request, requestHeaders, requestId);
  const response = isMachineEndpoint(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : (sessionRedirect(request) ?? withContentSecurityPolicy(requestHeaders));
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

/**
 * An endpoint any origin may call (see public-cors.ts): preflights are answered here; the request goes on
 * without its cookies, so no ambient session can drive it whoever sent it.
 */
function publicCors(request: NextRequest, requestHeaders: Headers, requestId: string): NextResponse {
  requestHeaders.delete("cookie");
  const response =
    request.method === "OPTIONS"
      ? new NextResponse(null, { status: 204 })
      : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(PUBLIC_CORS_HEADERS)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

/** APIs and published metadata (/.well-known/*): they answer for themselves and are never redirected. */
function isMachineEndpoint(pathname: string): boolean {
  return pathname.startsWith("/api/") || pathname.startsWith("/.well-known/");
}

/**
 * An optimistic redirect on the presence of the session cookie only. It is not
 * the security check: every page calls requireSession() and every procedure
 * checks the session in the tRPC context.
 */
function sessionRedirect(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (OPEN_PAGES.has(pathname) || OPEN_PAGE_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return null;
  const hasSessionCookie = getSessionCookie(request) !== null;

  if (AUTH_PAGES.has(pathname)) {
    // ?session=expired: the cookie is stale (requireSession found no session), so stay. A signed OAuth
    // request (`sig`): an MCP client asked for a fresh sign-in (prompt=login, max_age), so stay too.
    const params = request.nextUrl.searchParams;
    if (hasSessionCookie && params.get("session") !== "expired" && !params.has("sig")) {
      return NextResponse.redirect(new URL("/", request.url));
    }
    return null;
  }

  if (!hasSessionCookie) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return null;
}

/**
 * A fresh nonce per page: Next reads the policy from the request headers and puts the nonce on its
 * own scripts; the root layout reads `x-nonce` for the theme script.
 */
function withContentSecurityPolicy(requestHeaders: Headers): NextResponse {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages and APIs (for the request id), not Next's assets nor static files, nor tRPC (see above).
  matcher: [
    "/((?!_next/|api/trpc/|favicon.ico|robots.txt|sw.js|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml|webmanifest)$).*)",
  ],
};
