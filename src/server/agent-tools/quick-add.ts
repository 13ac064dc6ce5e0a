import "server-only";
import { TRPCError } from "@trpc/server";
import { parseQuickAdd, type QuickAddResult } from "@/lib/quick-add";
import type { CreateTaskInput } from "@/lib/schemas/task";
import { timeZoneOf } from "@/server/auth/time-zone";
import type { ToolContext } from "./define";

type Named = { id: string; name: string };
const byName = <T extends Named>(items: readonly T[], name: string) =>
  items.find((item) => item.name.toLowerCase() === name.toLowerCase());

/**
 * add_task's `text`, read as the app's quick add reads it: "#Project" names one of the user's open
 * projects (an unknown one stays in the title, the task goes to the Inbox), "@label" an existing label or a
 * new one, created first, as the app does.
 */
export async function quickAddFields({ api, ctx }: ToolContext, text: string): Promise<CreateTaskInput> {
  const [projects, labels] = await Promise.all([api.project.list(), api.label.list()]);
  const open = projects.filter((project) => !project.archived);
  const parse = (ignore: { start: number; end: number }[] = []) =>
    parseQuickAdd(text, {
      now: new Date(),
      timeZone: ctx.identity ? timeZoneOf(ctx.identity.user) : "UTC",
      projects: open.map((project) => project.name),
      labels: labels.map((label) => label.name),
      ignore,
    });
  let parsed: QuickAddResult = parse();
  let project = parsed.project ? byName(open, parsed.project) : undefined;
  if (parsed.project && !project) {
    const token = parsed.tokens.find((item) => item.kind === "project");
    if (token) parsed = parse([token]);
    project = undefined;
  }
  if (!parsed.title.trim()) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "The text has no title left once dates, #project and @labels are read.",
    });
  }
  const labelIds: string[] = [];
  for (const name of new Set(parsed.labels.map((each) => each.toLowerCase()))) {
    const original = parsed.labels.find((each) => each.toLowerCase() === name) ?? name;
    labelIds.push(byName(labels, original)?.id ?? (await api.label.create({ name: original })).id);
  }
  return {
    title: parsed.title,
    priority: parsed.priority,
    labelIds,
    ...(project ? { projectId: project.id } : {}),
    ...(parsed.dueDate ? { dueDate: parsed.dueDate } : {}),
    ...(parsed.dueTime ? { dueTime: parsed.dueTime } : {}),
    ...(parsed.recurrence ? { recurrence: parsed.recurrence } : {}),
    ...(parsed.deadline ? { deadline: parsed.deadline } : {}),
  };
}
