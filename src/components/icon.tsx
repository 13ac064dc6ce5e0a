import type { IconName } from "./icon-shapes";

/**
 * One of the app's icons, drawn from the page's sprite (<IconSprite>): a few bytes of markup wherever it is
 * used, instead of the whole drawing each time. Always decorative: the control it sits in carries the name.
 */
export function Icon({ name, className }: { name: IconName; className?: string | undefined }) {
  return (
    <svg aria-hidden className={className ? `icon ${className}` : "icon"}>
      <use href={`#i-${name}`} />
    </svg>
  );
}
