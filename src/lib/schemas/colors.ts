import { z } from "zod/mini";

/**
 * The colours a project or label can take. A fixed palette (not any hex value) so every
 * swatch has been checked for contrast against both themes; the UI maps a name to its classes.
 */
export const colorNames = [
  "gray",
  "red",
  "orange",
  "amber",
  "green",
  "teal",
  "blue",
  "indigo",
  "purple",
  "pink",
] as const;
export type ColorName = (typeof colorNames)[number];

export const colorName = z.enum(colorNames, { error: "Pick one of the offered colours." });
