import type { ColorName } from "@/lib/schemas/colors";

/**
 * Swatch classes for each palette colour. Written out in full so Tailwind finds them; the dot is
 * decoration beside a visible name, so it only needs 3:1 against the background (WCAG 1.4.11).
 */
export const COLOR_DOT_CLASSES: Record<ColorName, string> = {
  gray: "bg-gray-500",
  red: "bg-red-600",
  orange: "bg-orange-600",
  amber: "bg-amber-500",
  green: "bg-green-600",
  teal: "bg-teal-600",
  blue: "bg-blue-600",
  indigo: "bg-indigo-600",
  purple: "bg-purple-600",
  pink: "bg-pink-600",
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
