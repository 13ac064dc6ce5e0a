import Link from "next/link";
import type { ReactNode } from "react";
import { requireSession } from "@/server/auth/session";
import { UserMenu } from "./_components/user-menu";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user } = await requireSession();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-bg focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="flex items-center justify-between gap-4 border-b border-border px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          Tasklane
        </Link>
        <UserMenu name={user.name} email={user.email} />
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
