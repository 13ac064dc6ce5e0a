import type { FilterError, FilterTerm } from "./ast";
import { readDate } from "./dates";
import type { Token } from "./tokenize";

// One term's words → what it filters (case-insensitive). The table in README "Saved filters" lists them.

type TermToken = Extract<Token, { kind: "term" }>;
type Read = { ok: true; term: FilterTerm } | { ok: false; error: FilterError };

const WORDS: Record<string, FilterTerm> = {
  today: { kind: "today" },
  tomorrow: { kind: "tomorrow" },
  overdue: { kind: "overdue" },
  "no date": { kind: "noDate" },
  "no due date": { kind: "noDate" },
  "no labels": { kind: "noLabels" },
  "no label": { kind: "noLabels" },
  subtask: { kind: "subtask" },
  subtasks: { kind: "subtask" },
  recurring: { kind: "recurring" },
  p1: { kind: "priority", value: 1 },
  p2: { kind: "priority", value: 2 },
  p3: { kind: "priority", value: 3 },
  p4: { kind: "priority", value: 4 },
};

/** The most days `N days` may look ahead (ten years). */
export const NEXT_DAYS_MAX = 3650;

const NEXT_DAYS = /^(?:next\s+)?(\d{1,6})\s+days?$/;
/** `due before:`, `assigned to:`…: the word before the colon, and where the value starts. */
const KEYED = /^(due before|due after|due|assigned to|search)\s*:\s*/;

export function readTerm(token: TermToken): Read {
  const { text, position } = token;
  const words = text.toLowerCase().replace(/\s+/g, " ");
  const found = WORDS[words];
  if (found) return { ok: true, term: found };

  const sigil = text.charAt(0);
  if (sigil === "#" || sigil === "/" || sigil === "@") return readName(token);

  const nextDays = NEXT_DAYS.exec(words);
  if (nextDays) {
    const count = Number(nextDays[1]);
    if (count >= 1 && count <= NEXT_DAYS_MAX) return { ok: true, term: { kind: "nextDays", count } };
    return fail(position, `Expected 1 to ${NEXT_DAYS_MAX} days`);
  }

  const keyed = KEYED.exec(text.toLowerCase());
  if (keyed) return readKeyed(token, keyed[1] ?? "", keyed[0].length);

  return fail(
    position,
    `Unknown filter '${text}': expected one such as today, overdue, p1, #Project, /Section, @label or search: words`,
  );
}

const NAME_KINDS = { "#": "project", "/": "section", "@": "label" } as const;
const NAME_NOUNS = { "#": "project", "/": "section", "@": "label" } as const;

function readName(token: TermToken): Read {
  const sigil = token.text.charAt(0);
  if (sigil !== "#" && sigil !== "/" && sigil !== "@") return fail(token.position, "Expected '#', '/' or '@'");
  const name = token.text.slice(1).trim();
  if (name === "") return fail(token.position + 1, `Expected a ${NAME_NOUNS[sigil]} name after '${sigil}'`);
  return { ok: true, term: { kind: NAME_KINDS[sigil], name } };
}

function readKeyed(token: TermToken, key: string, valueStart: number): Read {
  const value = token.text.slice(valueStart).trim();
  const at = valueStart < token.offsets.length ? (token.offsets[valueStart] ?? token.position) : endOf(token);
  const keyText = token.text.slice(0, valueStart).trim();
  switch (key) {
    case "due before":
    case "due after":
    case "due": {
      if (value === "") return fail(at, `Expected a date after '${keyText}'`);
      const date = readDate(value);
      if (!date) return fail(at, "Expected a date such as 2026-12-31, Dec 31, today or tomorrow");
      const kind = key === "due before" ? "dueBefore" : key === "due after" ? "dueAfter" : "dueOn";
      return { ok: true, term: { kind, date } };
    }
    case "assigned to": {
      if (value === "") return fail(at, "Expected 'me' or a name after 'assigned to:'");
      return {
        ok: true,
        term: { kind: "assignedTo", who: value.toLowerCase() === "me" ? { me: true } : { name: value } },
      };
    }
    default: {
      if (!/[\p{L}\p{N}]/u.test(value)) return fail(at, "Expected words to search for after 'search:'");
      return { ok: true, term: { kind: "search", text: value } };
    }
  }
}

/** The offset just past a term's last character. */
export function endOf(token: TermToken): number {
  const last = token.offsets.at(-1);
  return last === undefined ? token.position : last + 1;
}

function fail(position: number, expected: string): Read {
  return { ok: false, error: { position, message: `${expected} at ${position}` } };
}
