"use client";

import { type DynamicToolUIPart, getToolName, type ToolUIPart } from "ai";
import { useProjectsAndLabels } from "@/app/(app)/_components/sidebar/use-projects-and-labels";
import { Button } from "@/components/ui/button";
import { api } from "@/trpc/react";
import { describeChanges, describeToolCall, describeToolResult, type KnownNames, taskIdIn } from "./tool-text";

type ToolPart = ToolUIPart | DynamicToolUIPart;

const cardClass = "rounded-md border border-border bg-surface px-3 py-2 text-sm";

/** A tool call in the chat: what it is doing, what it did, or the confirmation it waits for. */
export function ToolCard({
  part,
  busy,
  answerable,
  onApproval,
}: {
  part: ToolPart;
  busy: boolean;
  /** False for a confirmation a later message went past: it was never answered, and now cannot be. */
  answerable: boolean;
  onApproval: (approvalId: string, approved: boolean) => void;
}) {
  const name = getToolName(part);
  switch (part.state) {
    case "input-streaming":
    case "input-available":
      return <p className={cardClass}>{describeToolCall(name, part.input)}…</p>;
    case "approval-requested":
      if (!answerable) return <Declined name={name} input={part.input} />;
      return (
        <Confirmation
          name={name}
          input={part.input}
          disabled={busy}
          onAnswer={(approved) => onApproval(part.approval.id, approved)}
        />
      );
    case "approval-responded":
      return (
        <p className={cardClass}>
          {describeToolCall(name, part.input)}: {part.approval.approved ? "approved" : "declined"}.
        </p>
      );
    case "output-available":
      return (
        <p className={cardClass} data-tool={name}>
          {describeToolResult(name, part.input, part.output)}
        </p>
      );
    case "output-error":
      return (
        <p className={`${cardClass} text-danger`}>
          Could not {describeToolCall(name, part.input).replace(/^./, (first) => first.toLowerCase())}: {part.errorText}
        </p>
      );
    case "output-denied":
      return <Declined name={name} input={part.input} />;
  }
}

function Declined({ name, input }: { name: string; input: unknown }) {
  return <p className={cardClass}>Not done: you declined to {describeToolCall(name, input).toLowerCase()}.</p>;
}

/** The user's project and label names (from the sidebar's read, which the app layout loads). */
function useKnownNames(): KnownNames {
  const { projects, labels } = useProjectsAndLabels();
  return {
    projects: new Map(projects.map((project) => [project.id, project.name])),
    labels: new Map(labels.map((label) => [label.id, label.name])),
  };
}

/**
 * Asks before a tool call the server held back runs; shows the task's real title, not the model's words
 * for it, and what an edit would write.
 */
function Confirmation({
  name,
  input,
  disabled,
  onAnswer,
}: {
  name: string;
  input: unknown;
  disabled: boolean;
  onAnswer: (approved: boolean) => void;
}) {
  const id = taskIdIn(input);
  const task = api.task.byId.useQuery({ id: id ?? "" }, { enabled: id !== null, retry: false });
  const question = `${describeToolCall(name, input, task.data?.title ?? null)}?`;
  const changes = describeChanges(name, input, useKnownNames());
  return (
    <fieldset className={`${cardClass} flex flex-col gap-2 border-danger`}>
      <legend className="float-left font-medium">{question}</legend>
      {changes.length > 0 && (
        <ul aria-label="Changes" className="list-disc break-words pl-5">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      )}
      <p className="text-muted">The assistant needs your confirmation to do this.</p>
      <div className="flex gap-2">
        <Button variant="primary" disabled={disabled} onClick={() => onAnswer(true)}>
          Approve
        </Button>
        <Button variant="secondary" disabled={disabled} onClick={() => onAnswer(false)}>
          Deny
        </Button>
      </div>
    </fieldset>
  );
}
