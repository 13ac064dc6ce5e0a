import type { ColorName } from "@/lib/schemas/colors";

/**
 * Swatch classes for each palette colour. Written out in full so Tailwind finds them; the dot is
 * decoration beside a visible name, so it only needs 3:1 against the background and the surface (WCAG
 * 1.4.11): 3.1–6.3:1 in the light theme, 5.8–11:1 with the dark theme's lighter shades (its 600 shades
 * gave indigo 2.7:1; amber-500 gave 2.0:1 on the light surface).
 */
export const COLOR_DOT_CLASSES: Record<ColorName, string> = {
  gray: "bg-gray-500 dark:bg-gray-400",
  red: "bg-red-600 dark:bg-red-400",
  orange: "bg-orange-600 dark:bg-orange-400",
  amber: "bg-amber-700 dark:bg-amber-400",
  green: "bg-green-600 dark:bg-green-400",
  teal: "bg-teal-600 dark:bg-teal-400",
  blue: "bg-blue-600 dark:bg-blue-400",
  indigo: "bg-indigo-600 dark:bg-indigo-400",
  purple: "bg-purple-600 dark:bg-purple-400",
  pink: "bg-pink-600 dark:bg-pink-400",
};

export const COLOR_LABELS: Record<ColorName, string> = {
  gray: "Grey",
  red: "Red",
  orange: "Orange",
  amber: "Amber",
  green: "Green",
  teal: "Teal",
  blue: "Blue",
  indigo: "Indigo",
  purple: "Purple",
  pink: "Pink",
};

export function ColorDot({ color, className = "size-2.5" }: { color: ColorName; className?: string }) {
  return <span aria-hidden className={`inline-block shrink-0 rounded-full ${COLOR_DOT_CLASSES[color]} ${className}`} />;
}
