"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { LazyRecognisedTokens } from "./lazy-recognised-tokens";
import type { TaskLine } from "./use-task-line";

interface LineReadoutProps {
  line: TaskLine;
  /** The preview's id (the field is described by it). */
  id: string;
  /** "Adds", "Renames to": what Enter does with the title. */
  verb: string;
  /** Where the task goes when the line names no project ("Inbox"); absent: not said. */
  place?: string;
  /** The caret goes back to the field after a button here has done its job. */
  refocus(): void;
}

/**
 * Under a title field, once the line has recognised something: the line with each recognised part as
 * a button that keeps it as text, what Enter will do in words, and a "#Name" that stays in the title
 * (with an offer to create that project, as quick add makes it; in a subtask's line, why it stays).
 */
export function LineReadout({ line, id, verb, place, refocus }: LineReadoutProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const { plan, missingProject, heldProject } = line;
  const title = plan.parsed.title.trim();
  const parts = line.describe();
  const named = plan.parsed.tokens.length > 0 || missingProject || heldProject;
  const where = place && !plan.project?.id ? ` · ${place}` : "";

  return (
    <div className="flex flex-col gap-1 text-sm">
      {plan.parsed.tokens.length > 0 ? (
        <LazyRecognisedTokens
          text={line.text}
          tokens={plan.parsed.tokens}
          onKeepAsText={(token) => {
            line.keepAsText(token);
            // The pressed button goes away with its recognition: the caret goes back to the text.
            refocus();
          }}
        />
      ) : null}
      <p id={id} className="text-muted" data-testid="line-preview">
        {named && title ? (
          <>
            {verb} “<strong className="text-fg">{title}</strong>”{parts.length > 0 ? ` · ${parts.join(" · ")}` : ""}
            {where}
          </>
        ) : null}
      </p>
      {heldProject ? (
        <p>A subtask stays in its parent's project: “#{heldProject}” stays in the title.</p>
      ) : missingProject ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-border p-2">
          <p>You have no project “{missingProject}”: it stays in the title.</p>
          <Button
            variant="secondary"
            onMouseDown={(event) => event.preventDefault()}
            onClick={async () => {
              setProblem(await line.createProject(missingProject));
              refocus();
            }}
          >
            Create project “{missingProject}”
          </Button>
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="text-danger">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
