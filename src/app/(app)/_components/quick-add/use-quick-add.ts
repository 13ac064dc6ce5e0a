"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/trpc/react";
import { CREATE_SCOPE, startMutation } from "../tasks/task-scopes";
import { useLabelIds } from "../tasks/use-label-ids";
import { useReadTaskListsBack } from "../tasks/use-read-task-lists-back";
import { lineFields } from "./line-fields";
import { failure, useTaskLine } from "./use-task-line";

/**
 * The quick-add dialog's line (see use-task-line.ts: the same reading as every title field) and
 * creating its task through `task.create`, with its own status and error (it has no list on screen).
 */
export function useQuickAdd(timeZone: string) {
  const utils = api.useUtils();
  const readTaskListsBack = useReadTaskListsBack();
  const queryClient = useQueryClient();
  const labelIdsFor = useLabelIds();
  const line = useTaskLine({ timeZone, eager: true });
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function edit(next: string) {
    line.edit(next);
    setError(null);
  }

  async function createProject(name: string) {
    setError(null);
    const problem = await line.createProject(name);
    if (problem) setError(problem);
    else setStatus(`Created the project “${name}”.`);
  }

  /**
   * Resolves true once the task is stored; the field is then empty for the next one. A create like any
   * other (see tasks/task-scopes.ts): tasks added here and in a list are stored in the order they were typed.
   */
  async function submit(): Promise<boolean> {
    if (busy) return false;
    const typed = line.text;
    const entered = await line.enter();
    if (!entered) return false;
    const { plan, title } = entered;
    if (!title.success) {
      setError(title.error.issues[0]?.message ?? "Type a title for the task.");
      return false;
    }
    setBusy(true);
    setError(null);
    const { newLabels, ...fields } = lineFields(plan);
    const { project, assignee } = plan;
    // Made once: a create sent again after the connection came back is the same task, never a second one.
    const id = crypto.randomUUID();
    const saved = await startMutation(
      queryClient,
      {
        mutationKey: ["task", "create"],
        scope: CREATE_SCOPE,
        mutationFn: async () => {
          const labelIds = [...(fields.labelIds ?? []), ...(await labelIdsFor(newLabels))];
          return utils.client.task.create.mutate({ ...fields, id, title: title.data, labelIds });
        },
        onSuccess: async (task) => {
          await Promise.all([readTaskListsBack(true), utils.sidebar.get.invalidate()]);
          line.clearIf(typed);
          const where = project?.id ? ` to ${project.name}` : " to the Inbox";
          setStatus(`Added “${task.title}”${where}${assignee ? `, assigned to ${assignee.name}` : ""}.`);
        },
        onError: async (cause) => {
          setError(failure(cause, "Couldn't add the task. Check your connection and press Enter again."));
          // A label made before the task failed is kept: the next try finds it.
          await utils.sidebar.get.invalidate();
        },
        onSettled: () => setBusy(false),
      },
      undefined,
    );
    return saved !== undefined;
  }

  return { ...line, edit, status, error, busy, createProject, submit };
}
