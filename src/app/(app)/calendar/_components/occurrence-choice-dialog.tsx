"use client";

import { Button } from "@/components/ui/button";
import { formatWeekdayDate } from "@/lib/dates";
import { SidebarDialog } from "../../_components/sidebar/sidebar-dialog";
import type { PendingChoice } from "./use-calendar-moves";

/** "This one or all": asked when an occurrence of a repeating task is moved. Escape moves nothing. */
export function OccurrenceChoiceDialog({
  choice,
  today,
  onChoose,
}: {
  choice: PendingChoice | null;
  today: string;
  onChoose(answer: "one" | "all" | null): void;
}) {
  return (
    <SidebarDialog
      open={choice !== null}
      title={choice ? `Move “${choice.task.title}”` : "Move"}
      onClose={() => onChoose(null)}
    >
      {choice ? (
        <>
          <p className="text-sm">
            “{choice.task.title}” repeats. Move only the one on {formatWeekdayDate(choice.from, today)} to{" "}
            {formatWeekdayDate(choice.target.date, today)}, or every occurrence by as many days?
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="ghost" onClick={() => onChoose(null)}>
              Cancel
            </Button>
            <Button variant="secondary" onClick={() => onChoose("all")}>
              All occurrences
            </Button>
            <Button data-autofocus onClick={() => onChoose("one")}>
              This one
            </Button>
          </div>
        </>
      ) : null}
    </SidebarDialog>
  );
}
