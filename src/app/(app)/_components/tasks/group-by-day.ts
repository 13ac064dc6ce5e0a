import { addDays, formatDayHeading } from "@/lib/dates";

export interface DaySection<T> {
  /** "Today", "Tomorrow", a weekday, "Overdue" or "Later". */
  heading: string;
  tasks: T[];
}

/** Upcoming's sections: each of the next 7 days that has tasks, in order, then everything later. */
export function groupByDay<T extends { dueDate: string | null }>(tasks: readonly T[], today: string): DaySection<T>[] {
  const lastDay = addDays(today, 6);
  const sections = new Map<string, T[]>();
  for (const task of tasks) {
    const date = task.dueDate ?? "";
    const key = date && date <= lastDay ? formatDayHeading(date, today) : "Later";
    sections.set(key, [...(sections.get(key) ?? []), task]);
  }
  return [...sections].map(([heading, items]) => ({ heading, tasks: items }));
}
