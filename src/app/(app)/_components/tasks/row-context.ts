import type { HourCycle } from "@/lib/dates";
import type { ProjectsAndLabels as Organizers } from "../sidebar/use-projects-and-labels";

/** What a row needs to know about where it is shown. */
export interface RowContext {
  today: string;
  /** When the page was rendered, and the user's zone: overdue is judged against them. */
  now: Date;
  timeZone: string;
  /** How the user reads times (Settings' 12/24-hour choice). */
  hourCycle: HourCycle;
  organizers: Organizers;
  /** The project name is left out in that project's own view. */
  showProject: boolean;
  /** Manual order can be changed here (not in date-sorted or search views). */
  reorderable: boolean;
}
