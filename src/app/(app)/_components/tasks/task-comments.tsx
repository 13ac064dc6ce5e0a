"use client";

import { type FormEvent, useState } from "react";
import { MarkdownText } from "@/components/markdown-text";
import { Button } from "@/components/ui/button";
import { formatInstant } from "@/lib/dates";
import { withReference } from "@/lib/error-reference";
import { roleAllows } from "@/lib/project-roles";
import { COMMENT_BODY_MAX, commentBody } from "@/lib/schemas/comment";
import { api, type RouterOutputs } from "@/trpc/react";
import { describeChangeError } from "../change-errors";
import { useHourCycle } from "../hour-cycle";
import type { ProjectsAndLabels as Organizers } from "../sidebar/use-projects-and-labels";
import { useSignedInUserId } from "../signed-in-user";
import type { Task } from "./task-pages";
import { useReadTaskListsBack } from "./use-read-task-lists-back";

type Comment = RouterOutputs["comment"]["list"]["items"][number];

/**
 * A task's comments, oldest first, and a box to add one. Who may write follows the task's project: its
 * editors and owners comment; authors edit and delete their own; owners delete any.
 */
export function TaskComments({ task, organizers, timeZone }: { task: Task; organizers: Organizers; timeZone: string }) {
  const me = useSignedInUserId();
  const utils = api.useUtils();
  const readTaskListsBack = useReadTaskListsBack();
  const comments = api.comment.list.useQuery({ taskId: task.id });
  const role = task.projectId ? organizers.projectById.get(task.projectId)?.role : "owner";
  const canComment = role !== undefined && roleAllows(role, "editTasks");
  const canDeleteAny = role !== undefined && roleAllows(role, "manage");
  const refresh = () =>
    Promise.all([
      utils.comment.list.invalidate({ taskId: task.id }),
      readTaskListsBack(),
      utils.task.byId.invalidate(),
    ]);

  return (
    <section aria-labelledby="task-comments-heading" className="border-t border-border px-5 py-4">
      <h3 id="task-comments-heading" className="mb-2 text-sm font-semibold">
        Comments
      </h3>
      {comments.isPending ? (
        <p className="text-sm text-muted">Loading…</p>
      ) : comments.isError ? (
        <p role="alert" className="text-sm text-danger">
          {withReference("Couldn't load the comments.", comments.error)}
        </p>
      ) : comments.data.items.length === 0 ? (
        <p className="text-sm text-muted">No comments yet.</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Comments, oldest first">
          {comments.data.items.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              timeZone={timeZone}
              canEdit={comment.authorId === me && canComment}
              canDelete={comment.authorId === me || canDeleteAny}
              onChanged={refresh}
            />
          ))}
        </ol>
      )}
      {canComment ? <AddComment taskId={task.id} onAdded={refresh} /> : null}
    </section>
  );
}

function CommentItem({
  comment,
  timeZone,
  canEdit,
  canDelete,
  onChanged,
}: {
  comment: Comment;
  timeZone: string;
  canEdit: boolean;
  canDelete: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const hourCycle = useHourCycle();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = api.comment.update.useMutation();
  const remove = api.comment.delete.useMutation();
  const edited = comment.updatedAt.getTime() - comment.createdAt.getTime() > 1000;

  async function save(body: string) {
    setError(null);
    try {
      await update.mutateAsync({ id: comment.id, body });
      setEditing(false);
      await onChanged();
    } catch (cause) {
      setError(describeChangeError(cause));
    }
  }

  async function deleteIt() {
    setError(null);
    try {
      await remove.mutateAsync({ id: comment.id });
      await onChanged();
    } catch (cause) {
      setError(describeChangeError(cause));
    }
  }

  return (
    <li className="flex flex-col gap-1 text-sm">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium">{comment.authorName}</span>
        <time dateTime={comment.createdAt.toISOString()} className="text-muted">
          {formatInstant(comment.createdAt, timeZone, hourCycle)}
        </time>
        {edited ? <span className="text-muted">(edited)</span> : null}
      </p>
      {editing ? (
        <CommentForm
          label={`Edit your comment of ${formatInstant(comment.createdAt, timeZone, hourCycle)}`}
          initial={comment.body}
          submitLabel="Save comment"
          pending={update.isPending}
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <MarkdownText text={comment.body} />
      )}
      {error ? (
        <p role="alert" className="text-danger">
          {error}
        </p>
      ) : null}
      {!editing && (canEdit || canDelete) ? (
        <div className="flex gap-2">
          {canEdit ? (
            <Button variant="secondary" className="min-h-8 px-2" onClick={() => setEditing(true)}>
              Edit<span className="sr-only"> the comment by {comment.authorName}</span>
            </Button>
          ) : null}
          {canDelete ? (
            <Button
              variant="secondary"
              className="min-h-8 px-2"
              disabled={remove.isPending}
              onClick={() => void deleteIt()}
            >
              Delete<span className="sr-only"> the comment by {comment.authorName}</span>
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function AddComment({ taskId, onAdded }: { taskId: string; onAdded: () => Promise<unknown> }) {
  const create = api.comment.create.useMutation();
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  async function add(body: string) {
    setError(null);
    try {
      await create.mutateAsync({ id: crypto.randomUUID(), taskId, body });
      // A fresh, empty box for the next comment; what was typed stays if the server refused it.
      setRound((value) => value + 1);
      await onAdded();
    } catch (cause) {
      setError(describeChangeError(cause));
    }
  }

  return (
    <div className="mt-3 flex flex-col gap-1">
      <CommentForm
        key={round}
        label="New comment"
        initial=""
        submitLabel="Comment"
        pending={create.isPending}
        onSubmit={add}
      />
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A comment's text box, checked with the server's own schema before it is sent. */
function CommentForm({
  label,
  initial,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = `comment-${label.replace(/\W+/g, "-").toLowerCase()}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    // Its own form: the details dialog's Save must not send it, nor this send the dialog.
    event.preventDefault();
    event.stopPropagation();
    const parsed = commentBody.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Write something first.");
      return;
    }
    setError(null);
    void onSubmit(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        rows={2}
        maxLength={COMMENT_BODY_MAX}
        placeholder="Add a comment"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-border bg-bg px-3 py-2 text-base"
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} className="min-h-9">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} className="min-h-9">
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
