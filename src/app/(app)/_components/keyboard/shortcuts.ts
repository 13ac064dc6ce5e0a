/** What a key press asks the app to do. */
export type Command =
  | "showShortcuts"
  | "nextTask"
  | "previousTask"
  | "completeTask"
  | "openTask"
  | "scheduleTask"
  | "deleteTask"
  | "search"
  | "goInbox"
  | "goToday"
  | "goUpcoming"
  | "openPalette"
  | "quickAdd";

/** The parts of a KeyboardEvent the matching reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** A key pressed earlier that starts a two-key sequence ("g" then "t"). */
export type Pending = "g" | null;

export interface Match {
  command: Command | null;
  pending: Pending;
}

/** The shortcuts, in the order the help dialog lists them. `keys` are shown to the user. */
export const SHORTCUTS: readonly { keys: readonly string[]; description: string }[] = [
  { keys: ["q"], description: "Quick add a task" },
  { keys: ["Ctrl", "K"], description: "Open the command palette (Cmd K on a Mac)" },
  { keys: ["j"], description: "Focus the next task" },
  { keys: ["k"], description: "Focus the previous task" },
  { keys: ["x"], description: "Complete the focused task" },
  { keys: ["e"], description: "Open the focused task's details" },
  { keys: ["t"], description: "Schedule the focused task (pick or type a date)" },
  { keys: ["Delete"], description: "Delete the focused task (Backspace too)" },
  { keys: ["/"], description: "Search" },
  { keys: ["g", "i"], description: "Go to Inbox" },
  { keys: ["g", "t"], description: "Go to Today" },
  { keys: ["g", "u"], description: "Go to Upcoming" },
  { keys: ["?"], description: "Show these shortcuts" },
];

const SINGLE: Readonly<Record<string, Command>> = {
  q: "quickAdd",
  j: "nextTask",
  k: "previousTask",
  x: "completeTask",
  e: "openTask",
  t: "scheduleTask",
  Delete: "deleteTask",
  Backspace: "deleteTask",
  "/": "search",
};

const AFTER_G: Readonly<Record<string, Command>> = { i: "goInbox", t: "goToday", u: "goUpcoming" };

/**
 * The command for a key press, given the sequence key pressed before it (if any). Modifier keys turn
 * every shortcut off except Ctrl/Cmd+K; Shift only counts where it makes the key (the "?").
 * `typing`: the focus is in a text field, where only Ctrl/Cmd+K still works.
 */
export function matchShortcut(press: KeyPress, pending: Pending, typing = false): Match {
  const none: Match = { command: null, pending: null };
  if ((press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey && press.key.toLowerCase() === "k") {
    return { command: "openPalette", pending: null };
  }
  if (typing || press.ctrlKey || press.metaKey || press.altKey) return none;
  if (press.key === "?") return { command: "showShortcuts", pending: null };
  if (press.shiftKey) return none;
  if (pending === "g") return { command: AFTER_G[press.key] ?? null, pending: null };
  if (press.key === "g") return { command: null, pending: "g" };
  return { command: SINGLE[press.key] ?? null, pending: null };
}

/** The element the user is typing in: text fields, text areas, selects and editable content. */
export interface FocusTarget {
  tagName: string;
  type?: string | undefined;
  isContentEditable?: boolean | undefined;
}

// Inputs that take no typing: letters pressed on them are free for shortcuts.
const NOT_TYPED = new Set(["checkbox", "radio", "button", "submit", "reset", "image", "file", "range", "color"]);

export function isTypingTarget(target: FocusTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !NOT_TYPED.has((target.type ?? "text").toLowerCase());
}
