"use client";

import { describeChangeError } from "@/app/(app)/_components/change-errors";
import type { SidebarProject } from "@/app/(app)/_components/sidebar/use-projects-and-labels";
import { mutationResult, useForm } from "@/components/forms/use-form";
import { Button } from "@/components/ui/button";
import { createCalendarFeedInput } from "@/lib/schemas/calendar-feed";
import { api, type RouterOutputs } from "@/trpc/react";

type Created = RouterOutputs["calendarFeed"]["create"];

/** Which tasks a new feed shows; its address goes to `onCreated`, the only place it is ever seen. */
export function CreateCalendarFeedForm({
  projects,
  onCreated,
}: {
  projects: readonly SidebarProject[];
  onCreated: (created: Created) => void;
}) {
  const utils = api.useUtils();
  const create = api.calendarFeed.create.useMutation({
    onSuccess: (created) => {
      onCreated(created);
      void utils.calendarFeed.list.invalidate();
    },
  });
  const { formError, pending, formProps } = useForm({
    schema: createCalendarFeedInput,
    values: (form) => {
      const projectId = form.get("projectId");
      return projectId ? { projectId } : {};
    },
    submit: (input) => mutationResult(create.mutateAsync(input)),
    describe: (error) => describeChangeError(error).replace("Your change was not saved.", "No feed was created."),
    afterSuccess: "stay",
    onSuccess: () => {},
  });

  return (
    <form {...formProps} aria-labelledby="create-feed-title" className="flex max-w-md flex-col gap-3">
      <h3 id="create-feed-title" className="font-medium">
        Create a feed
      </h3>
      <div className="flex flex-col gap-1">
        <label htmlFor="calendar-feed-scope" className="text-sm font-medium">
          Tasks in the feed
        </label>
        <select
          id="calendar-feed-scope"
          name="projectId"
          defaultValue=""
          className="min-h-10 rounded-md border border-border bg-bg px-3 text-base"
        >
          <option value="">All tasks</option>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.archived ? `${project.name} (archived)` : project.name}
            </option>
          ))}
        </select>
      </div>
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create feed"}
        </Button>
      </div>
    </form>
  );
}
