import { Icon } from "@/components/icon";
import { compareDates, formatShortDate } from "@/lib/dates";

/**
 * The date an open task must be done by: "Deadline 30 Apr", marked "overdue" (in words too, not only
 * by colour) once the day has passed in the user's zone.
 */
export function DeadlineChip({ deadline, completed, today }: { deadline: string; completed: boolean; today: string }) {
  const overdue = !completed && compareDates(deadline, today) < 0;
  return (
    <span className={overdue ? "chip font-medium text-danger" : "chip"} data-deadline={deadline}>
      <Icon name="target" className="size-3.5" />
      <span className="sr-only">Deadline </span>
      {formatShortDate(deadline, today)}
      {overdue ? (
        <>
          <span className="sr-only">, overdue</span>
          <span aria-hidden>· overdue</span>
        </>
      ) : null}
    </span>
  );
}
