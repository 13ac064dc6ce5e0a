/** "Thu, Dec 3" for "2026-12-03": a calendar date, formatted without any time zone shift. */
export function formatDueDate(date: string): string {
  return new Intl.DateTimeFormat("en", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export const PRIORITY_LABELS: Record<number, string> = {
  1: "Priority 1",
  2: "Priority 2",
  3: "Priority 3",
  4: "No priority",
};
