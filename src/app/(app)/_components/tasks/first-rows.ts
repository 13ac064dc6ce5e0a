import { useDeferredValue } from "react";

/** Rows the server draws: a tall window's worth (a row is 77 px high on a desktop; 1440 px show 15 of them). */
export const FIRST_ROWS = 16;

/**
 * How many rows a list draws now: the first FIRST_ROWS on the server and while the page hydrates (its HTML
 * stays light and quick to render), then every row, drawn by React in the background straight after
 * (interruptible, so it does not hold up the first input). A list newly shown in the browser does the same.
 */
export function useRowLimit(): number {
  return useDeferredValue(Number.POSITIVE_INFINITY, FIRST_ROWS);
}

/** Each section with the rows it draws (of `rowsOf` it), `limit` rows in all, the first sections' first. */
export function firstRows<S, R>(
  sections: readonly S[],
  limit: number,
  rowsOf: (section: S) => readonly R[],
): { section: S; rows: R[] }[] {
  let left = limit;
  return sections.map((section) => {
    const rows = rowsOf(section).slice(0, Math.max(0, left));
    left -= rows.length;
    return { section, rows };
  });
}
