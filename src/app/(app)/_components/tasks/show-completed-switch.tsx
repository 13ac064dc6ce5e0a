"use client";

/** Shows or hides the completed tasks; kept in the URL's `?completed=1`. */
export function ShowCompletedSwitch({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  function toggle() {
    onChange(!checked);
    // Kept in the URL (without a server round trip) so a reload shows the same list.
    const url = new URL(window.location.href);
    if (checked) url.searchParams.delete("completed");
    else url.searchParams.set("completed", "1");
    window.history.replaceState(null, "", url);
  }
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      onClick={toggle}
      className="inline-flex min-h-10 items-center gap-2 rounded-md px-2 text-sm"
    >
      <span
        aria-hidden
        className={`relative inline-block h-5 w-9 rounded-full border border-border transition ${checked ? "bg-accent" : "bg-surface"}`}
      >
        <span
          className={`absolute top-0.5 size-3.5 rounded-full bg-fg transition-all ${checked ? "left-[1.15rem] bg-accent-fg" : "left-0.5"}`}
        />
      </span>
      Show completed
    </button>
  );
}
