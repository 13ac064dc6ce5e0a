"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();

  useEffect(() => {
    console.error(error);
  }, [error]);

  function retry() {
    // Re-run the Server Components too, not only the client boundary.
    startTransition(() => {
      router.refresh();
      reset();
    });
  }

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="max-w-md text-muted">
        This page could not be loaded. It may be a passing problem: try again.
        {error.digest ? <span className="mt-2 block text-xs">reference: {error.digest}</span> : null}
      </p>
      <Button onClick={retry}>Try again</Button>
    </main>
  );
}
