/**
 * The selection after a click on `id`'s box: a shift-click adds every task from the previous click's
 * (`anchor`) to this one, in list order; a plain click toggles the one task.
 */
export function selectionAfterClick(
  selected: ReadonlySet<string>,
  listed: readonly string[],
  anchor: string | null,
  id: string,
  shiftKey: boolean,
): Set<string> {
  const next = new Set(selected);
  const from = anchor ? listed.indexOf(anchor) : -1;
  const to = listed.indexOf(id);
  if (shiftKey && from >= 0) {
    for (const item of listed.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(item);
  } else if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
