// The security headers of every response (next.config.ts) and the per-request Content-Security-Policy of
// every page (src/proxy.ts). Pure functions, so next.config.ts can import them and unit tests can read them.

/** On every response, pages and APIs alike. HSTS only in production: on localhost it would stick to http. */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // What the app uses: notifications (reminders) are asked through the Notification API, not listed here.
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    },
    { key: "X-Frame-Options", value: "DENY" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this response's nonce ('strict-dynamic' lets Next's own loader add its chunks);
 * no inline script without it, no plugins, no <base>, no framing. Development adds 'unsafe-eval' for
 * React's dev tooling and websockets for hot reload.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Tailwind is a file, but next-themes and sonner set inline styles.
    "style-src 'self' 'unsafe-inline'",
    // The two-factor QR code is a data: image.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}
