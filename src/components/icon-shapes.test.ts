import * as lucide from "lucide-react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ICON_SHAPES } from "./icon-shapes";

const icons: Record<string, unknown> = lucide;

/** "calendar-plus" → lucide-react's CalendarPlus (its export names include the older aliases, Trash2 as Trash). */
const exportName = (name: string) =>
  name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");

/** What lucide-react draws inside its <svg>, with empty elements closed as the sprite writes them. */
function lucideShapes(name: string): string {
  const component = icons[exportName(name)];
  if (typeof component !== "object" || component === null) throw new Error(`lucide-react has no ${exportName(name)}`);
  const svg = renderToStaticMarkup(createElement(component as lucide.LucideIcon));
  return svg
    .replace(/^<svg[^>]*>/, "")
    .replace(/<\/svg>$/, "")
    .replace(/><\/\w+>/g, "/>");
}

describe("ICON_SHAPES", () => {
  it.each(Object.entries(ICON_SHAPES))("%s is Lucide's drawing", (name, shapes) => {
    expect(shapes).toBe(lucideShapes(name));
  });
});
