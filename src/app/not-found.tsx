import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-medium text-muted">404</p>
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="text-muted">The link may be broken, or the page may have moved.</p>
      <Link href="/" className="font-medium text-accent underline underline-offset-4">
        Go to Tasklane
      </Link>
    </main>
  );
}
