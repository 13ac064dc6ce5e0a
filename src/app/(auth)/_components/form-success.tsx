"use client";

import { type ReactNode, useEffect, useRef } from "react";

/** Replaces a form once it has done its job; takes focus so the news is read out and Tab starts from here. */
export function FormSuccess({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="status" tabIndex={-1} className="flex flex-col gap-2 outline-none">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="flex flex-col gap-2 text-sm text-muted">{children}</div>
    </div>
  );
}
