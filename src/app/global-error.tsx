"use client";

// Replaces the root layout when it fails, so it brings its own <html> and plain styles.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100dvh" }}>
        <main style={{ textAlign: "center", padding: 16 }}>
          <h1>Tasklane could not load</h1>
          <p>Please try again.{error.digest ? ` (reference: ${error.digest})` : ""}</p>
          <button type="button" onClick={reset} style={{ padding: "8px 16px", fontSize: 16 }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
