import type { Page } from "playwright-core";

/**
 * What a clean journey never shows: a console error, an uncaught error in the page, a 4xx/5xx answer.
 * Each remembers the path of the page it happened on, so a failure says where.
 */
export type PageProblem =
  | { kind: "console error" | "uncaught error"; text: string; onPage: string }
  | { kind: "response"; method: string; path: string; status: number; onPage: string };

/** A 4xx/5xx the test expects (and fails without): `path` is the request's pathname, or a pattern for it. */
export interface ExpectedResponse {
  status: number;
  path: string | RegExp;
  method?: string;
}

/** What one test declared about the problems it causes, each with the reason it gave. */
export interface Allowances {
  consoleErrors: { pattern: RegExp; because: string }[];
  responses: { expected: ExpectedResponse; because: string }[];
}

export const noAllowances = (): Allowances => ({ consoleErrors: [], responses: [] });

// Chromium repeats every 4xx/5xx as "Failed to load resource: the server responded with a status of …":
// the response itself is recorded (with its method and path), so this console line adds nothing.
const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of \d+/;

const pathOf = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

/** Records the page's problems from now on, into the array it returns. */
export function recordPageProblems(page: Page): PageProblem[] {
  const problems: PageProblem[] = [];
  const onPage = () => pathOf(page.url());
  page.on("console", (message) => {
    if (message.type() !== "error" || FAILED_RESOURCE.test(message.text())) return;
    problems.push({ kind: "console error", text: message.text(), onPage: onPage() });
  });
  page.on("pageerror", (error) => problems.push({ kind: "uncaught error", text: error.message, onPage: onPage() }));
  page.on("response", (response) => {
    if (response.status() < 400) return;
    const request = response.request();
    const path = pathOf(response.url());
    // A page that fails to load is the page it is on (the address bar may still show the previous one).
    const isPage = request.isNavigationRequest() && request.frame() === page.mainFrame();
    problems.push({
      kind: "response",
      method: request.method(),
      path,
      status: response.status(),
      onPage: isPage ? path : onPage(),
    });
  });
  return problems;
}

/** The console line the tRPC client's logger writes when a call to `procedure` fails. */
export function trpcErrorLine(procedure: string): RegExp {
  return new RegExp(`^%c << (query|mutation|subscription) #\\d+ %c${procedure.replaceAll(".", "\\.")}%c`);
}

function matches(problem: PageProblem, expected: ExpectedResponse): boolean {
  if (problem.kind !== "response") return false;
  const pathMatches =
    typeof expected.path === "string" ? problem.path === expected.path : expected.path.test(problem.path);
  return pathMatches && problem.status === expected.status && (!expected.method || expected.method === problem.method);
}

function describeExpected({ method, path, status }: ExpectedResponse): string {
  return `${method ?? "any method"} ${path} → ${status}`;
}

/** One line that names the problem: the console text, or the request's method, path and status. */
export function describeProblem(problem: PageProblem): string {
  const where = `(on ${problem.onPage})`;
  if (problem.kind === "response") return `${problem.method} ${problem.path} → ${problem.status} ${where}`;
  // The tRPC logger's line is a format string, its CSS, then the call: name the procedure and its error.
  const call = /^%c << (\w+) #\d+ %c(\S+?)%c/.exec(problem.text);
  const text = call
    ? `tRPC ${call[1]} ${call[2]} failed: ${/result: ([^\n]*)/.exec(problem.text)?.[1] ?? "(no error shown)"}`
    : problem.text;
  return `${problem.kind} ${where}: ${text.length > 400 ? `${text.slice(0, 400)}…` : text}`;
}

/** Every problem the test did not allow, and every response it expected that never came: none for a pass. */
export function unexpectedProblems(problems: readonly PageProblem[], allowances: Allowances): string[] {
  const unexpected = problems
    .filter((problem) =>
      problem.kind === "response"
        ? !allowances.responses.some(({ expected }) => matches(problem, expected))
        : !allowances.consoleErrors.some(({ pattern }) => pattern.test(problem.text)),
    )
    .map(describeProblem);
  const missing = allowances.responses
    .filter(({ expected }) => !problems.some((problem) => matches(problem, expected)))
    .map(({ expected, because }) => `expected ${describeExpected(expected)} (${because}), but it never came`);
  return [...unexpected, ...missing];
}
