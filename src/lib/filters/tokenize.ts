import type { FilterError } from "./ast";

// Splits a query into operators and terms. A term runs from its first character to the next `&`, `|`,
// `(` or `)` (so names may hold spaces: `#My Project`), trimmed; a backslash makes the next character
// part of the term (`#R\&D`). `!` is an operator only where a term could start (`search: wow!` keeps it).

export type Token =
  | { kind: Operator; position: number }
  | {
      kind: "term";
      /** The term with its escapes removed. */
      text: string;
      position: number;
      /** Where each character of `text` sits in the query (escapes make the two differ). */
      offsets: number[];
    };

type Operator = "&" | "|" | "!" | "(" | ")";

const isOperator = (character: string): character is Operator => "&|!()".includes(character) && character !== "";
const endsTerm = (character: string) => "&|()".includes(character);

export function tokenize(query: string): { ok: true; tokens: Token[] } | { ok: false; error: FilterError } {
  const tokens: Token[] = [];
  let index = 0;
  while (index < query.length) {
    const character = query.charAt(index);
    if (/\s/.test(character)) {
      index++;
      continue;
    }
    if (isOperator(character)) {
      tokens.push({ kind: character, position: index });
      index++;
      continue;
    }
    let text = "";
    const offsets: number[] = [];
    const position = index;
    while (index < query.length && !endsTerm(query.charAt(index))) {
      if (query.charAt(index) === "\\") {
        if (index + 1 >= query.length) {
          return { ok: false, error: { position: index, message: `Expected a character after '\\' at ${index}` } };
        }
        index++;
      }
      text += query.charAt(index);
      offsets.push(index);
      index++;
    }
    const trimmedLength = text.trimEnd().length;
    tokens.push({
      kind: "term",
      text: text.slice(0, trimmedLength),
      position,
      offsets: offsets.slice(0, trimmedLength),
    });
  }
  return { ok: true, tokens };
}
