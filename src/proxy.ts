import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/security-headers";

const AUTH_PAGES = new Set(["/sign-in", "/sign-up", "/magic-link", "/two-factor"]);
/** Reached from an email link, signed in or not. /dev/outbox exists only in development. */
const OPEN_PAGES = new Set(["/forgot-password", "/reset-password", "/verify-email", "/dev/outbox"]);

/** Every page: the redirect its session cookie calls for, else the page with its own CSP nonce. */
export function proxy(request: NextRequest) {
  return sessionRedirect(request) ?? withContentSecurityPolicy(request);
}

/**
 * An optimistic redirect on the presence of the session cookie only. It is not
 * the security check: every page calls requireSession() and every procedure
 * checks the session in the tRPC context.
 */
function sessionRedirect(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (OPEN_PAGES.has(pathname)) return null;
  const hasSessionCookie = getSessionCookie(request) !== null;

  if (AUTH_PAGES.has(pathname)) {
    // ?session=expired: the cookie is stale (requireSession found no session), so stay.
    if (hasSessionCookie && request.nextUrl.searchParams.get("session") !== "expired") {
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
function withContentSecurityPolicy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // App pages only: not the APIs (they answer 401 themselves), public metadata (.well-known) nor static files.
  matcher: [
    "/((?!api/|_next/|\\.well-known/|favicon.ico|robots.txt|sw.js|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml|webmanifest)$).*)",
  ],
};
