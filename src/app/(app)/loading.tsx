import { TaskListSkeleton } from "./_components/tasks/task-list-skeleton";

export default function Loading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="h-8 w-32 animate-pulse rounded bg-surface" />
      <div className="h-11 animate-pulse rounded bg-surface" />
      <TaskListSkeleton />
    </div>
  );
}
