import "server-only";
import { withoutQueryParams } from "./redact";

const MAX_CAUSES = 5;

/**
 * An error for a log line: each message down the `cause` chain and the root cause's stack frames.
 * A failed query logs its SQL without its parameters (they are users' input, or a session token), and
 * the stacks lose their first line, which repeats the message.
 */
export function errorSummary(error: unknown): { error: string; stack?: string } {
  const messages: string[] = [];
  let root: unknown = error;
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSES && current !== undefined && current !== null; depth++) {
    messages.push(describe(current));
    root = current;
    current = current instanceof Error ? current.cause : undefined;
  }
  const stack = root instanceof Error ? frames(root.stack) : undefined;
  return stack ? { error: messages.join(" <- "), stack } : { error: messages.join(" <- ") };
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${withoutQueryParams(error.message)}`;
  return typeof error === "string" ? error : "non-error value thrown";
}

function frames(stack: string | undefined): string | undefined {
  const lines = stack?.split("\n").filter((line) => line.trimStart().startsWith("at "));
  return lines && lines.length > 0 ? lines.map((line) => line.trim()).join("\n") : undefined;
}
