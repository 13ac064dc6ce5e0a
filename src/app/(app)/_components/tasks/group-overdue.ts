import { compareDates } from "@/lib/dates";

export interface OverdueSections<T> {
  /** null: nothing is overdue, the list is one plain section. */
  heading: "Overdue" | "Today" | null;
  tasks: T[];
  overdue: boolean;
}

/** Today's sections: tasks due on an earlier day under "Overdue", then today's; one plain list when none is overdue. */
export function groupOverdue<T extends { dueDate: string | null }>(
  tasks: readonly T[],
  today: string,
): OverdueSections<T>[] {
  const overdue = tasks.filter((task) => task.dueDate !== null && compareDates(task.dueDate, today) < 0);
  if (overdue.length === 0) return [{ heading: null, tasks: [...tasks], overdue: false }];
  const late = new Set(overdue);
  const rest = tasks.filter((task) => !late.has(task));
  return [
    { heading: "Overdue" as const, tasks: overdue, overdue: true },
    ...(rest.length > 0 ? [{ heading: "Today" as const, tasks: rest, overdue: false }] : []),
  ];
}
