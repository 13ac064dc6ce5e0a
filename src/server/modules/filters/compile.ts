import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { addDays } from "@/lib/dates";
import type { FilterNode, FilterTerm } from "@/lib/filters/ast";
import { resolveDate } from "@/lib/filters/dates";
import { qualified } from "@/server/db/qualified";
import { label, project, projectMember, section, task, taskLabel, user } from "@/server/db/schema";
import { searchPlan } from "@/server/modules/tasks/search";

/** Who runs the filter and when: `today` and `now` ("HH:mm") are the user's own, in their time zone. */
export interface FilterContext {
  userId: string;
  today: string;
  now: string;
}

/**
 * A parsed filter as ONE SQL condition on `task`, every value a bound parameter. Names are looked up in
 * subqueries of the same statement, among what the user may see: projects they are a member of, sections
 * of those projects, their own labels. Each term is true or false, never NULL (a task without a due
 * date is not "due before" anything: `coalesce(…, false)` where a term could be NULL), so `!` negates exactly.
 */
export function compileFilter(node: FilterNode, context: FilterContext): SQL {
  switch (node.kind) {
    case "and":
      return sql`(${compileFilter(node.left, context)} and ${compileFilter(node.right, context)})`;
    case "or":
      return sql`(${compileFilter(node.left, context)} or ${compileFilter(node.right, context)})`;
    case "not":
      return sql`(not ${compileFilter(node.operand, context)})`;
    default:
      return NEVER_NULL.has(node.kind)
        ? compileTerm(node, context)
        : sql`coalesce(${compileTerm(node, context)}, false)`;
  }
}

/**
 * Terms whose SQL is true or false already (a NOT NULL column compared with a value, `is null`, `exists`):
 * written bare, so an index can serve them (`p1`: task_open_priority_due_idx), where `coalesce(…)` hides the
 * column from the planner.
 */
const NEVER_NULL: ReadonlySet<FilterTerm["kind"]> = new Set([
  "priority",
  "noDate",
  "label",
  "noLabels",
  "subtask",
  "recurring",
]);

const dueOn = (date: string) => sql`${task.dueDate} = ${date}`;

function compileTerm(term: FilterTerm, { userId, today, now }: FilterContext): SQL {
  switch (term.kind) {
    case "today":
      return dueOn(today);
    case "tomorrow":
      return dueOn(addDays(today, 1));
    case "overdue":
      // As the lists show it: a day that is over, or today at a minute that has passed.
      return sql`(${task.dueDate} < ${today} or (${task.dueDate} = ${today} and ${task.dueTime} < ${now}::time))`;
    case "noDate":
      return sql`${task.dueDate} is null`;
    case "nextDays":
      return sql`${task.dueDate} between ${today} and ${addDays(today, term.count - 1)}`;
    case "dueBefore":
      return sql`${task.dueDate} < ${resolveDate(term.date, today)}`;
    case "dueAfter":
      return sql`${task.dueDate} > ${resolveDate(term.date, today)}`;
    case "dueOn":
      return dueOn(resolveDate(term.date, today));
    case "priority":
      return sql`${task.priority} = ${term.value}`;
    case "project":
      return projectNamed(userId, term.name);
    case "section":
      return sql`${task.sectionId} in (
        select named.id from ${section} as named join ${projectMember} as m on m.project_id = named.project_id
        where m.user_id = ${userId} and lower(named.name) = lower(${term.name}))`;
    case "label":
      return sql`exists (
        select 1 from ${taskLabel} as tagged join ${label} as named on named.id = tagged.label_id
        where tagged.task_id = ${qualified(task.id)} and tagged.user_id = ${userId}
          and named.user_id = ${userId} and lower(named.name) = lower(${term.name}))`;
    case "noLabels":
      return sql`not exists (
        select 1 from ${taskLabel} as tagged where tagged.task_id = ${qualified(task.id)} and tagged.user_id = ${userId})`;
    case "assignedTo":
      if ("me" in term.who) return sql`${task.assigneeId} = ${userId}`;
      // Only the names of the people on the tasks the user already sees can match.
      return sql`${task.assigneeId} in (select person.id from ${user} as person where lower(person.name) = lower(${term.who.name}))`;
    case "search":
      return searchPlan(term.text)?.where ?? sql`true`;
    case "subtask":
      return sql`${task.parentId} is not null`;
    case "recurring":
      return sql`${task.recurrenceRule} is not null`;
  }
}

/** `#Inbox` is the Inbox (no project) and also every project of the user's named Inbox. */
function projectNamed(userId: string, name: string): SQL {
  const named = sql`${task.projectId} in (
    select m.project_id from ${projectMember} as m join ${project} as named on named.id = m.project_id
    where m.user_id = ${userId} and lower(named.name) = lower(${name}))`;
  return name.toLowerCase() === "inbox" ? sql`(${task.projectId} is null or ${named})` : named;
}
