// TEMPORARY STUB (untracked) until i6-parser lands.
export function parseQuickAdd(
  text: string,
  _options: { now: Date; timeZone: string; projects?: string[]; labels?: string[]; ignore?: { start: number; end: number }[] },
): {
  title: string;
  dueDate?: string;
  dueTime?: string;
  priority: 1 | 2 | 3 | 4;
  labels: string[];
  project?: string;
  recurrence?: { rrule: string; from: "due" | "completion" };
  tokens: { kind: "priority" | "project" | "label" | "date" | "recurrence"; start: number; end: number; text: string }[];
} {
  return { title: text, priority: 4, labels: [], tokens: [] };
}
