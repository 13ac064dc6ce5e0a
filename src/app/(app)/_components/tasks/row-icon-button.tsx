import type { ButtonHTMLAttributes } from "react";

/** A task row's icon-only button (reorder, details, delete): `aria-label` names it (`.icon-button`: globals.css). */
export function RowIconButton({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" {...props} className={className ? `icon-button ${className}` : "icon-button"} />;
}
