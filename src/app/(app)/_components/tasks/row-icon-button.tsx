import type { ButtonHTMLAttributes } from "react";

const iconButton =
  "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md text-muted hover:bg-surface hover:text-fg";

/** A task row's icon-only button (reorder, details, delete): `aria-label` names it. */
export function RowIconButton({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" {...props} className={className ? `${iconButton} ${className}` : iconButton} />;
}
