import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-surface px-4 py-12">
      <div className="w-full max-w-sm rounded-xl border border-border bg-bg p-6 shadow-sm sm:p-8">{children}</div>
    </main>
  );
}
