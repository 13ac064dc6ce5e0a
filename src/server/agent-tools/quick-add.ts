import "server-only";
import { parseQuickAdd } from "@/lib/quick-add";
import type { Caller } from "./definition";

/**
 * A quick-add line ("Pay rent every month on the 1st p1 #Home @bills") as task fields, the way the
 * app's quick-add dialog reads it: an existing project by name (an unknown "#Name" stays in the title),
 * labels by name, created when missing.
 */
export async function quickAddFields(caller: Caller, text: string) {
  const [projects, labelList, me] = await Promise.all([
    caller.project.list(),
    caller.label.list(),
    caller.account.me(),
  ]);
  const { timeZone } = me;
  const labels: { id: string; name: string }[] = [...labelList];
  const active = projects.filter((project) => !project.archived);
  const parse = (ignoreProject: boolean) => {
    const first = parseQuickAdd(text, {
      now: new Date(),
      timeZone,
      projects: active.map((project) => project.name),
      labels: labels.map((label) => label.name),
    });
    if (!ignoreProject) return first;
    const token = first.tokens.find((each) => each.kind === "project");
    return parseQuickAdd(text, {
      now: new Date(),
      timeZone,
      projects: active.map((project) => project.name),
      labels: labels.map((label) => label.name),
      ignore: token ? [{ start: token.start, end: token.end }] : [],
    });
  };
  const byName = <T extends { name: string }>(items: readonly T[], name: string) =>
    items.find((item) => item.name.toLowerCase() === name.toLowerCase());

  let parsed = parse(false);
  const project = parsed.project ? byName(active, parsed.project) : undefined;
  if (parsed.project && !project) parsed = parse(true);

  const labelIds: string[] = [];
  for (const name of parsed.labels) {
    const found = byName(labels, name) ?? (await caller.label.create({ name }));
    labels.push(found);
    if (!labelIds.includes(found.id)) labelIds.push(found.id);
  }
  return {
    title: parsed.title,
    priority: parsed.priority,
    ...(parsed.dueDate ? { dueDate: parsed.dueDate } : {}),
    ...(parsed.dueTime ? { dueTime: parsed.dueTime } : {}),
    ...(parsed.recurrence ? { recurrence: parsed.recurrence } : {}),
    ...(project ? { projectId: project.id } : {}),
    ...(labelIds.length > 0 ? { labelIds } : {}),
  };
}
