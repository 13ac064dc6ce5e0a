// Numbers and words that the server and the browser, or several screens, must agree on. Input bounds
// (title and description lengths, labels per task…) are not here: they sit beside their schemas in
// `lib/schemas/*-limits.ts`, which the database schema loads too, and forms read them from there.

/** The most calls one tRPC request may carry: the route refuses more, and the browser's link never sends more. */
export const MAX_BATCH_SIZE = 20;

/**
 * How long a toast offers Undo (completing, deleting or moving one task or many). Sonner pauses it while
 * the toasts are hovered or focused; keyboard and screen-reader users reach it with Alt+T, then Tab.
 */
export const UNDO_MS = 8_000;

/** Said when an update is refused because the task changed since the client read it (CONFLICT). */
export const TASK_CONFLICT_MESSAGE = "This task changed elsewhere — showing the latest";

/**
 * The position of a task or project shown before the server has answered its creation: it sorts after
 * every real key (fractional-index keys use 0-9, A-Z and a-z; "~" comes after them byte by byte) until
 * the server's position replaces it.
 */
export const OPTIMISTIC_POSITION = "~";

/** The largest file `/import` reads (a Todoist CSV, a backup zip's unpacked CSVs together, or a Tasklane export). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The largest `POST /api/import` body: the file plus the form's other fields and multipart framing. next.config.ts
 * lets the proxy buffer this much (Next's default, 10 MB, would cut a 10 MB file short).
 */
export const IMPORT_MAX_REQUEST_BYTES = IMPORT_MAX_BYTES + 64 * 1024;

/** The most rows one import may hold (CSV lines after the header, or the export's projects, labels, tasks and comments). */
export const IMPORT_MAX_ROWS = 20_000;

/** The most files a Todoist backup zip may hold (one per project). */
export const IMPORT_MAX_FILES = 500;

/**
 * The shell's counts (open tasks of each project, label and the Inbox; the bell's unread notifications) go
 * up to this many and stop (issue #20): a count of COUNT_CAP means "at least this many" and reads "99+", so
 * a page load costs the same at 100 000 open tasks or unread notifications as at 100.
 */
export const COUNT_CAP = 100;

/** Whether a count stopped at its cap (then it is shown as "99+"). */
export const isCappedCount = (count: number) => count >= COUNT_CAP;

/** A count as the shell shows it: "99+" once it stopped at its cap. */
export const shownCount = (count: number) => (isCappedCount(count) ? `${COUNT_CAP - 1}+` : String(count));

/** A count in words for a screen reader: "more than 99" once it stopped at its cap. */
export const spokenCount = (count: number) => (isCappedCount(count) ? `more than ${COUNT_CAP - 1}` : String(count));
