"use client";

import { ICON_SHAPES } from "./icon-shapes";

const symbols = Object.entries(ICON_SHAPES);

/**
 * Every icon's drawing, once per page, for <Icon> to use. A client component so that the drawings travel
 * in its script (cached) and in the HTML, not a third time in the page's flight payload.
 */
export function IconSprite() {
  return (
    <svg aria-hidden className="hidden">
      {symbols.map(([name, shapes]) => (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: constant drawings from icon-shapes.ts, never user input
        <symbol key={name} id={`i-${name}`} viewBox="0 0 24 24" dangerouslySetInnerHTML={{ __html: shapes }} />
      ))}
    </svg>
  );
}
