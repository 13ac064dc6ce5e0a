import type { FilterError, FilterNode, ParsedFilter } from "./ast";
import { FILTER_QUERY_MAX } from "./limits";
import { readTerm } from "./terms";
import { type Token, tokenize } from "./tokenize";

// The filter language, a Todoist-compatible subset (README "Saved filters"), read by recursive descent:
//
//   query   := or
//   or      := and ("|" and)*
//   and     := unary ("&" unary)*
//   unary   := "!" unary | primary
//   primary := "(" or ")" | term
//
// so `!` binds tighter than `&`, and `&` tighter than `|`, as in Todoist. Errors name the 0-based
// character offset where something else was expected, and say what.

/** How deeply parentheses and `!` may nest (a bound on the parser's recursion and the SQL's size). */
const NESTING_MAX = 50;

export function parseFilter(query: string): ParsedFilter {
  if (query.length > FILTER_QUERY_MAX) {
    return failure(FILTER_QUERY_MAX, `Use at most ${FILTER_QUERY_MAX} characters`);
  }
  const tokenized = tokenize(query);
  if (!tokenized.ok) return tokenized;
  return new Parser(tokenized.tokens, query.length).parse();
}

class FilterSyntaxError extends Error {
  constructor(readonly error: FilterError) {
    super(error.message);
  }
}

function failure(position: number, expected: string): { ok: false; error: FilterError } {
  return { ok: false, error: errorAt(position, expected) };
}

function errorAt(position: number, expected: string): FilterError {
  return { position, message: `${expected} at ${position}` };
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  parse(): ParsedFilter {
    try {
      const ast = this.or(null);
      const extra = this.peek();
      if (extra) {
        throw this.fail(extra.position, extra.kind === ")" ? "Unexpected ')'" : "Expected '&' or '|'");
      }
      return { ok: true, ast };
    } catch (error) {
      if (error instanceof FilterSyntaxError) return { ok: false, error: error.error };
      throw error;
    }
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  /** Where the next token starts, or the end of the query. */
  private here(): number {
    return this.peek()?.position ?? this.length;
  }

  private fail(position: number, expected: string): FilterSyntaxError {
    return new FilterSyntaxError(errorAt(position, expected));
  }

  /** `after`: the operator just read, for "Expected a filter after '&'". */
  private or(after: string | null): FilterNode {
    let left = this.and(after);
    while (this.peek()?.kind === "|") {
      this.index++;
      left = { kind: "or", left, right: this.and("|") };
    }
    return left;
  }

  private and(after: string | null): FilterNode {
    let left = this.unary(after);
    while (this.peek()?.kind === "&") {
      this.index++;
      left = { kind: "and", left, right: this.unary("&") };
    }
    return left;
  }

  private unary(after: string | null): FilterNode {
    const token = this.peek();
    if (token?.kind === "!") {
      this.index++;
      return this.nested(() => ({ kind: "not", operand: this.unary("!") }), token.position);
    }
    return this.primary(after);
  }

  private primary(after: string | null): FilterNode {
    const token = this.peek();
    if (token?.kind === "(") {
      this.index++;
      return this.nested(() => {
        const inner = this.or("(");
        const closing = this.peek();
        if (closing?.kind !== ")") {
          throw this.fail(this.here(), "Expected ')'");
        }
        this.index++;
        return inner;
      }, token.position);
    }
    if (token?.kind === "term") {
      this.index++;
      const read = readTerm(token);
      if (!read.ok) throw new FilterSyntaxError(read.error);
      return read.term;
    }
    const expected = after === null ? "Expected a filter" : `Expected a filter after '${after}'`;
    throw this.fail(this.here(), expected);
  }

  private nested(read: () => FilterNode, position: number): FilterNode {
    if (++this.depth > NESTING_MAX) throw this.fail(position, `Nest at most ${NESTING_MAX} levels`);
    try {
      return read();
    } finally {
      this.depth--;
    }
  }
}
