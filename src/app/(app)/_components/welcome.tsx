"use client";

import { api } from "@/trpc/react";

export function Welcome() {
  const [me] = api.account.me.useSuspenseQuery();
  return (
    <section aria-labelledby="welcome-heading" className="flex flex-col gap-2">
      <h1 id="welcome-heading" className="text-2xl font-semibold">
        Welcome, {me.name}
      </h1>
      <p className="text-muted">Signed in as {me.email}. Your tasks will live here.</p>
    </section>
  );
}
