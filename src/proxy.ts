import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";

const AUTH_PAGES = new Set(["/sign-in", "/sign-up", "/magic-link", "/two-factor"]);
/** Reached from an email link, signed in or not. /dev/outbox exists only in development. */
const OPEN_PAGES = new Set(["/forgot-password", "/reset-password", "/verify-email", "/dev/outbox"]);

/**
 * An optimistic redirect on the presence of the session cookie only. It is not
 * the security check: every page calls requireSession() and every procedure
 * checks the session in the tRPC context.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (OPEN_PAGES.has(pathname)) return NextResponse.next();
  const hasSessionCookie = getSessionCookie(request) !== null;

  if (AUTH_PAGES.has(pathname)) {
    // ?session=expired: the cookie is stale (requireSession found no session), so stay.
    if (hasSessionCookie && request.nextUrl.searchParams.get("session") !== "expired") {
      return NextResponse.redirect(new URL("/", request.url));
    }
    return NextResponse.next();
  }

  if (!hasSessionCookie) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return NextResponse.next();
}

export const config = {
  // App pages only: not the APIs (they answer 401 themselves) nor static files.
  matcher: [
    "/((?!api/|_next/|favicon.ico|robots.txt|sw.js|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml|webmanifest)$).*)",
  ],
};
