import type { ProjectBoard } from "../board/project-board";
import type { ProjectSections } from "../sections/project-sections";
import type { UpcomingDays } from "./upcoming-days";

/**
 * The list's other shapes, handed to `TaskView` by the one page that shows each (`ProjectTaskView`,
 * `UpcomingTaskView`): the Inbox and Today do not carry them in their JavaScript, and the page that shows
 * one has its code loaded with the page's own. Not `next/dynamic`: a lazy component suspends the first
 * time it renders, and the first render of a list the server drew is its hydration, which a tap on a row
 * asks for at once; React drops a tap whose part cannot hydrate there and then.
 */
export interface ViewLayouts {
  ProjectBoard?: typeof ProjectBoard;
  ProjectSections?: typeof ProjectSections;
  UpcomingDays?: typeof UpcomingDays;
}

/** The shape a view needs, or a clear error naming the page that did not hand it over. */
export function layoutOf<Name extends keyof ViewLayouts>(
  layouts: ViewLayouts,
  name: Name,
): NonNullable<ViewLayouts[Name]> {
  const layout = layouts[name];
  if (!layout) throw new Error(`This view needs TaskView's layouts.${name}: render it through its page's view.`);
  return layout;
}
