import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

export function TextLink({ href, children }: { href: Route; children: ReactNode }) {
  return (
    <Link href={href} className="font-medium text-accent underline-offset-4 hover:underline">
      {children}
    </Link>
  );
}
