"use client";

import { useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useState } from "react";
import { calendarDateIn } from "@/lib/dates";
import { withReference } from "@/lib/error-reference";
import { taskTitle } from "@/lib/schemas/task";
import { api } from "@/trpc/react";
import { useProjectsAndLabels } from "../sidebar/use-projects-and-labels";
import { CREATE_SCOPE, startMutation } from "../tasks/task-scopes";
import { planLine, type QuickAddRange } from "./quick-add-plan";

/** A recognition the user undid: its range, and its text there (an edit that changes it drops it). */
type Ignored = QuickAddRange & { text: string };

/** The server's words for input it refused; otherwise the fallback, with the reference of a server failure. */
const failure = (error: unknown, fallback: string) =>
  error instanceof TRPCClientError && error.data?.code === "BAD_REQUEST"
    ? error.message
    : withReference(fallback, error);

/**
 * The quick-add field's state: the text, its parse (with the recognitions the user undid handed back
 * to the parser as `ignore`), what Enter will create, and creating it through `task.create`. `+Name`
 * is read against the members of the project the line names (the cached `project.members`): the
 * project is read first, then the line again with its members.
 */
export function useQuickAdd(timeZone: string) {
  const utils = api.useUtils();
  const queryClient = useQueryClient();
  const { projects, labels } = useProjectsAndLabels();
  const [text, setText] = useState("");
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const now = new Date();
  const today = calendarDateIn(now, timeZone);
  const line = {
    text,
    now,
    timeZone,
    projects,
    labels,
    ignore: ignored.filter((range) => text.slice(range.start, range.end) === range.text),
  };
  const first = planLine(line);
  const projectId = first.plan.project?.id ?? null;
  // Read once the line names a project and has a +: the Inbox has nobody to assign.
  const members = api.project.members.useQuery(
    { projectId: projectId ?? "" },
    { enabled: projectId !== null && text.includes("+"), staleTime: 60_000 },
  );
  const { plan, missingProject } =
    projectId && members.data && text.includes("+") ? planLine(line, members.data) : first;

  function edit(next: string) {
    setText(next);
    setError(null);
  }

  function keepAsText(token: QuickAddRange) {
    setIgnored([...line.ignore, { start: token.start, end: token.end, text: text.slice(token.start, token.end) }]);
  }

  async function createProject(name: string) {
    setError(null);
    try {
      await utils.client.project.create.mutate({ id: crypto.randomUUID(), name });
      await utils.project.invalidate();
      setStatus(`Created the project “${name}”.`);
    } catch (cause) {
      setError(failure(cause, `Couldn't create the project “${name}”. Try again.`));
    }
  }

  /**
   * Resolves true once the task is stored; the field is then empty for the next one. A create like any
   * other (see tasks/task-scopes.ts): tasks added here and in a list are stored in the order they were typed.
   */
  async function submit(): Promise<boolean> {
    if (busy) return false;
    const title = taskTitle.safeParse(plan.parsed.title);
    if (!title.success) {
      setError(title.error.issues[0]?.message ?? "Type a title for the task.");
      return false;
    }
    setBusy(true);
    setError(null);
    const { parsed, project, labels: planned, assignee } = plan;
    const saved = await startMutation(
      queryClient,
      {
        mutationKey: ["task", "create"],
        scope: CREATE_SCOPE,
        mutationFn: async () => {
          const labelIds: string[] = [];
          for (const label of planned) {
            labelIds.push(label.id ?? (await utils.client.label.create.mutate({ name: label.name })).id);
          }
          return utils.client.task.create.mutate({
            id: crypto.randomUUID(),
            title: title.data,
            priority: parsed.priority,
            labelIds,
            ...(project?.id ? { projectId: project.id } : {}),
            ...(assignee ? { assigneeId: assignee.userId } : {}),
            ...(parsed.dueDate ? { dueDate: parsed.dueDate } : {}),
            ...(parsed.dueTime ? { dueTime: parsed.dueTime } : {}),
            ...(parsed.recurrence ? { recurrence: parsed.recurrence } : {}),
            ...(parsed.deadline ? { deadline: parsed.deadline } : {}),
          });
        },
        onSuccess: async (task) => {
          await Promise.all([utils.task.list.invalidate(), utils.project.invalidate(), utils.label.list.invalidate()]);
          setText("");
          setIgnored([]);
          const where = project?.id ? ` to ${project.name}` : " to the Inbox";
          setStatus(`Added “${task.title}”${where}${assignee ? `, assigned to ${assignee.name}` : ""}.`);
        },
        onError: async (cause) => {
          setError(failure(cause, "Couldn't add the task. Check your connection and press Enter again."));
          // A label made before the task failed is kept: the next try finds it.
          await utils.label.list.invalidate();
        },
        onSettled: () => setBusy(false),
      },
      undefined,
    );
    return saved !== undefined;
  }

  return { text, edit, plan, missingProject, today, status, error, busy, keepAsText, createProject, submit };
}
