import "server-only";
import { formatWithOptions, types } from "node:util";
import { errorSummary } from "./error-summary";
import type { Logger, LogLevel } from "./logger";

/**
 * What libraries print with console.error and console.warn (Next's "⨯" and the error it failed on, a
 * driver's warning) as one JSON line of the app's log: a log collector parses it, and an error is
 * summarized like every error the app logs (its causes' messages, a query without its parameters), never
 * dumped with its properties (a failed query's error carries its parameters: an email, a session token).
 */
export function routeConsoleThroughLog(log: Logger): void {
  const write =
    (level: LogLevel) =>
    (...args: unknown[]) => {
      const isError = (arg: unknown): arg is Error => types.isNativeError(arg) || arg instanceof Error;
      const errors = args.filter(isError);
      const text = formatWithOptions({ colors: false, depth: 3 }, ...args.filter((arg) => !isError(arg)));
      const [first] = errors;
      if (errors.length === 0) log[level](text);
      else if (errors.length === 1 && first) log[level](text || first.name, errorSummary(first));
      else log[level](text || "errors", { errors: errors.map((error) => errorSummary(error)) });
    };
  console.error = write("error");
  console.warn = write("warn");
}
