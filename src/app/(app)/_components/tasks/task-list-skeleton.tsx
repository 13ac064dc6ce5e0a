/** Placeholder rows while a list loads. */
export function TaskListSkeleton() {
  return (
    <div role="status" aria-label="Loading tasks" className="flex flex-col">
      {[0, 1, 2, 3, 4].map((row) => (
        <div key={row} className="flex items-center gap-3 border-b border-border py-4">
          <div className="size-5 animate-pulse rounded bg-surface" />
          <div className="h-4 flex-1 animate-pulse rounded bg-surface" style={{ maxWidth: `${70 - row * 8}%` }} />
        </div>
      ))}
    </div>
  );
}
